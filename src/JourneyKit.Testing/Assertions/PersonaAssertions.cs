using FluentAssertions;
using FluentAssertions.Execution;
using FluentAssertions.Primitives;
using JourneyKit.Testing.Equivalency;

namespace JourneyKit.Testing.Assertions;

/// <summary>Assertions on a <see cref="Persona"/>, such as one a map assertion gave in <c>Which</c>.</summary>
public sealed class PersonaAssertions : ReferenceTypeAssertions<Persona, PersonaAssertions>
{
    /// <summary>Creates assertions on a persona.</summary>
    /// <param name="subject">The persona under test.</param>
    public PersonaAssertions(Persona? subject)
        : base(subject!)
    {
    }

    /// <inheritdoc/>
    protected override string Identifier => "persona";

    /// <summary>Asserts that the persona has this goal.</summary>
    /// <param name="goal">The goal, as written.</param>
    /// <param name="because">Why, for the failure message.</param>
    /// <param name="becauseArgs">Values for placeholders in <paramref name="because"/>.</param>
    /// <returns>The assertions, to chain more.</returns>
    [CustomAssertion]
    public AndConstraint<PersonaAssertions> HaveGoal(string goal, string because = "", params object[] becauseArgs) =>
        HaveText(goal, "goal", p => p.Goals, because, becauseArgs);

    /// <summary>Asserts that the persona has this need.</summary>
    /// <param name="need">The need, as written.</param>
    /// <param name="because">Why, for the failure message.</param>
    /// <param name="becauseArgs">Values for placeholders in <paramref name="because"/>.</param>
    /// <returns>The assertions, to chain more.</returns>
    [CustomAssertion]
    public AndConstraint<PersonaAssertions> HaveNeed(string need, string because = "", params object[] becauseArgs) =>
        HaveText(need, "need", p => p.Needs, because, becauseArgs);

    /// <summary>Asserts that the persona has this frustration.</summary>
    /// <param name="frustration">The frustration, as written.</param>
    /// <param name="because">Why, for the failure message.</param>
    /// <param name="becauseArgs">Values for placeholders in <paramref name="because"/>.</param>
    /// <returns>The assertions, to chain more.</returns>
    [CustomAssertion]
    public AndConstraint<PersonaAssertions> HaveFrustration(string frustration, string because = "", params object[] becauseArgs) =>
        HaveText(frustration, "frustration", p => p.Frustrations, because, becauseArgs);

    /// <summary>Asserts that the persona stands for this segment.</summary>
    /// <param name="segment">The segment, as written.</param>
    /// <param name="because">Why, for the failure message.</param>
    /// <param name="becauseArgs">Values for placeholders in <paramref name="because"/>.</param>
    /// <returns>The assertions, to chain more.</returns>
    [CustomAssertion]
    public AndConstraint<PersonaAssertions> HaveSegment(string segment, string because = "", params object[] becauseArgs)
    {
        ArgumentNullException.ThrowIfNull(segment);
        if (ElementChecks.HasSubject(Subject, "persona", because, becauseArgs))
        {
            Execute.Assertion.BecauseOf(because, becauseArgs)
                .ForCondition(Subject.Segment == segment)
                .FailWith("Expected persona {0} to stand for segment {1}{reason}, but {2}.",
                    new Verbatim(Listing.Named(Subject.Id, Subject.Name)), segment,
                    new Verbatim(Subject.Segment is null ? "it has no segment" : $"its segment is \"{Subject.Segment}\""));
        }

        return new AndConstraint<PersonaAssertions>(this);
    }

    [CustomAssertion]
    private AndConstraint<PersonaAssertions> HaveText(string text, string kind, Func<Persona, ValueList<string>> list, string because, object[] becauseArgs)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (ElementChecks.HasSubject(Subject, "persona", because, becauseArgs))
        {
            var texts = list(Subject);
            Execute.Assertion.BecauseOf(because, becauseArgs)
                .ForCondition(texts.Contains(text))
                .FailWith("Expected persona {0} to have the {1} {2}{reason}, but its {1}s are {3}.",
                    new Verbatim(Listing.Named(Subject.Id, Subject.Name)), new Verbatim(kind), text, new Verbatim(Listing.Of(texts, t => $"\"{t}\"")));
        }

        return new AndConstraint<PersonaAssertions>(this);
    }
}
