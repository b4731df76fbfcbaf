using FluentAssertions.Equivalency;
using FluentAssertions.Execution;
using JourneyKit.Diffing;

namespace JourneyKit.Testing.Equivalency;

/// <summary>
/// Compares two <see cref="JourneyMap"/>s met anywhere in FluentAssertions' <c>BeEquivalentTo</c> by the diff engine,
/// and on a difference lists the changes from the expected map to the subject's instead of a dump of both.
/// </summary>
/// <remarks>
/// JourneyKit.Testing registers this step for every assertion when its assembly loads. A test project that compares
/// maps only inside other objects, and never calls this package first, can register it itself:
/// <c>AssertionOptions.AssertEquivalencyUsing(o =&gt; o.Using(new JourneyMapEquivalencyStep()))</c>, or pass it to
/// one assertion: <c>order.Should().BeEquivalentTo(expected, o =&gt; o.Using(new JourneyMapEquivalencyStep()))</c>.
/// </remarks>
public sealed class JourneyMapEquivalencyStep : IEquivalencyStep
{
    /// <summary>Compares the subject and the expectation when the expectation is a map.</summary>
    /// <param name="comparands">The subject and the expectation.</param>
    /// <param name="context">Where in the object graph they are.</param>
    /// <param name="nestedValidator">FluentAssertions' validator for nested members (not used: a map is compared whole).</param>
    /// <returns>Whether this step handled the comparison.</returns>
    public EquivalencyResult Handle(Comparands comparands, IEquivalencyValidationContext context, IEquivalencyValidator nestedValidator)
    {
        ArgumentNullException.ThrowIfNull(comparands);
        ArgumentNullException.ThrowIfNull(context);
        if (comparands.Expectation is not JourneyMap expected)
        {
            return EquivalencyResult.ContinueWithNext;
        }

        if (comparands.Subject is not JourneyMap subject)
        {
            AssertionScope.Current
                .BecauseOf(context.Reason)
                .FailWith("Expected {context:map} to be a journey map{reason}, but found {0}.", comparands.Subject);
            return EquivalencyResult.AssertionCompleted;
        }

        if (!subject.Equals(expected))
        {
            var diff = JourneyDiff.Compare(expected, subject);
            AssertionScope.Current
                .BecauseOf(context.Reason)
                .FailWith("Expected {context:map} to be {0}{reason}, but it differs by {1}:{2}",
                    expected, new Verbatim(Changelog.Count(diff)), new Verbatim(Differences(diff)));
        }

        return EquivalencyResult.AssertionCompleted;
    }

    /// <summary>Describes the step in FluentAssertions' list of the configuration a comparison used.</summary>
    /// <returns>The description.</returns>
    public override string ToString() => "Compare journey maps with JourneyKit's diff engine";

    /// <summary>The changes, or why there are none to show although the maps differ.</summary>
    internal static string Differences(JourneyDiff diff) => diff.IsEmpty
        ? Environment.NewLine + "  - a difference the diff engine does not describe (compare the maps' JSON)"
        : Changelog.Lines(diff.Changes);
}
