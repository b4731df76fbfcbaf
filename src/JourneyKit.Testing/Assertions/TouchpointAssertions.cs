using FluentAssertions;
using FluentAssertions.Execution;
using FluentAssertions.Primitives;
using JourneyKit.Testing.Equivalency;

namespace JourneyKit.Testing.Assertions;

/// <summary>Assertions on a <see cref="Touchpoint"/>, such as one a map assertion gave in <c>Which</c>.</summary>
public sealed class TouchpointAssertions : ReferenceTypeAssertions<Touchpoint, TouchpointAssertions>
{
    /// <summary>Creates assertions on a touchpoint.</summary>
    /// <param name="subject">The touchpoint under test.</param>
    public TouchpointAssertions(Touchpoint? subject)
        : base(subject!)
    {
    }

    /// <inheritdoc/>
    protected override string Identifier => "touchpoint";

    /// <summary>Asserts that the touchpoint belongs to the channel with this id.</summary>
    /// <param name="channelId">The channel's id.</param>
    /// <param name="because">Why, for the failure message.</param>
    /// <param name="becauseArgs">Values for placeholders in <paramref name="because"/>.</param>
    /// <returns>The assertions, to chain more.</returns>
    [CustomAssertion]
    public AndConstraint<TouchpointAssertions> BeOnChannel(string channelId, string because = "", params object[] becauseArgs)
    {
        ArgumentNullException.ThrowIfNull(channelId);
        if (ElementChecks.HasSubject(Subject, "touchpoint", because, becauseArgs))
        {
            Execute.Assertion.BecauseOf(because, becauseArgs)
                .ForCondition(Subject.ChannelId == channelId)
                .FailWith("Expected touchpoint {0} to be on channel {1}{reason}, but {2}.",
                    new Verbatim(Listing.Named(Subject.Id, Subject.Name)), channelId,
                    new Verbatim(Subject.ChannelId is null ? "it has no channel" : $"it is on channel \"{Subject.ChannelId}\""));
        }

        return new AndConstraint<TouchpointAssertions>(this);
    }
}
