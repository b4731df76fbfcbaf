using FluentAssertions;
using FluentAssertions.Execution;
using FluentAssertions.Primitives;
using JourneyKit.Testing.Equivalency;

namespace JourneyKit.Testing.Assertions;

/// <summary>Assertions on a <see cref="Step"/>, such as one a map assertion gave in <c>Which</c>.</summary>
public sealed class StepAssertions : ReferenceTypeAssertions<Step, StepAssertions>
{
    /// <summary>Creates assertions on a step.</summary>
    /// <param name="subject">The step under test.</param>
    public StepAssertions(Step? subject)
        : base(subject!)
    {
    }

    /// <inheritdoc/>
    protected override string Identifier => "step";

    private string Described => $"step {Listing.Named(Subject.Id, Subject.Name)}";

    /// <summary>Asserts that the step is owned by the owner with this id.</summary>
    /// <param name="ownerId">The owner's id.</param>
    /// <param name="because">Why, for the failure message.</param>
    /// <param name="becauseArgs">Values for placeholders in <paramref name="because"/>.</param>
    /// <returns>The assertions, to chain more.</returns>
    [CustomAssertion]
    public AndConstraint<StepAssertions> HaveOwner(string ownerId, string because = "", params object[] becauseArgs)
    {
        if (ElementChecks.HasSubject(Subject, "step", because, becauseArgs))
        {
            ElementChecks.HaveOwner(Subject.OwnerId, ownerId, Described, because, becauseArgs);
        }

        return new AndConstraint<StepAssertions>(this);
    }

    /// <summary>Asserts that the step's emotion for everyone (not a persona's own) has this score.</summary>
    /// <param name="score">The expected score.</param>
    /// <param name="because">Why, for the failure message.</param>
    /// <param name="becauseArgs">Values for placeholders in <paramref name="because"/>.</param>
    /// <returns>The assertions, to chain more.</returns>
    [CustomAssertion]
    public AndConstraint<StepAssertions> HaveEmotion(int score, string because = "", params object[] becauseArgs) =>
        HaveEmotion(null, score, because, becauseArgs);

    /// <summary>Asserts that the step's emotion for a persona (its own, or the one for everyone) has this score.</summary>
    /// <param name="personaId">The persona's id; <see langword="null"/> for the emotion for everyone.</param>
    /// <param name="score">The expected score.</param>
    /// <param name="because">Why, for the failure message.</param>
    /// <param name="becauseArgs">Values for placeholders in <paramref name="because"/>.</param>
    /// <returns>The assertions, to chain more.</returns>
    [CustomAssertion]
    public AndConstraint<StepAssertions> HaveEmotion(string? personaId, int score, string because = "", params object[] becauseArgs)
    {
        if (ElementChecks.HasSubject(Subject, "step", because, becauseArgs))
        {
            var emotion = personaId is null ? Subject.Emotion : Subject.EmotionFor(personaId);
            var whose = personaId is null ? "" : $" for persona \"{personaId}\"";
            Execute.Assertion.BecauseOf(because, becauseArgs)
                .ForCondition(emotion?.Score == score)
                .FailWith("Expected {0} to feel {1}{2}{reason}, but {3}.",
                    new Verbatim(Described), new Verbatim(Emotions.Score(score)), new Verbatim(whose),
                    new Verbatim(emotion is null ? "it has no emotion" + whose : $"it feels {emotion}"));
        }

        return new AndConstraint<StepAssertions>(this);
    }

    /// <summary>Asserts that the step has a pain point with this id, and gives it in <c>Which</c>.</summary>
    /// <param name="id">The pain point's id.</param>
    /// <param name="because">Why, for the failure message.</param>
    /// <param name="becauseArgs">Values for placeholders in <paramref name="because"/>.</param>
    /// <returns>The assertions, with the pain point in <c>Which</c>.</returns>
    [CustomAssertion]
    public AndWhichConstraint<StepAssertions, PainPoint> HavePainPoint(string id, string because = "", params object[] becauseArgs)
    {
        var painPoint = ElementChecks.HasSubject(Subject, "step", because, becauseArgs)
            ? ElementChecks.Find(Subject.PainPoints, id, p => p.Id, p => Listing.Named(p.Id, p.Description), "pain point", Described, because, becauseArgs)
            : null;
        return new AndWhichConstraint<StepAssertions, PainPoint>(this, painPoint!);
    }

    /// <summary>Asserts that the step has no pain point with this id.</summary>
    /// <param name="id">The pain point's id.</param>
    /// <param name="because">Why, for the failure message.</param>
    /// <param name="becauseArgs">Values for placeholders in <paramref name="because"/>.</param>
    /// <returns>The assertions, to chain more.</returns>
    [CustomAssertion]
    public AndConstraint<StepAssertions> NotHavePainPoint(string id, string because = "", params object[] becauseArgs)
    {
        ArgumentNullException.ThrowIfNull(id);
        if (ElementChecks.HasSubject(Subject, "step", because, becauseArgs))
        {
            var found = Subject.PainPoints.FirstOrDefault(p => p.Id == id);
            Execute.Assertion.BecauseOf(because, becauseArgs)
                .ForCondition(found is null)
                .FailWith("Expected {0} not to have pain point {1}{reason}, but it has: {2}.",
                    new Verbatim(Described), id, found);
        }

        return new AndConstraint<StepAssertions>(this);
    }

    /// <summary>Asserts that the step has an opportunity with this id, and gives it in <c>Which</c>.</summary>
    /// <param name="id">The opportunity's id.</param>
    /// <param name="because">Why, for the failure message.</param>
    /// <param name="becauseArgs">Values for placeholders in <paramref name="because"/>.</param>
    /// <returns>The assertions, with the opportunity in <c>Which</c>.</returns>
    [CustomAssertion]
    public AndWhichConstraint<StepAssertions, Opportunity> HaveOpportunity(string id, string because = "", params object[] becauseArgs)
    {
        var opportunity = ElementChecks.HasSubject(Subject, "step", because, becauseArgs)
            ? ElementChecks.Find(Subject.Opportunities, id, o => o.Id, o => Listing.Named(o.Id, o.Title), "opportunity", Described, because, becauseArgs)
            : null;
        return new AndWhichConstraint<StepAssertions, Opportunity>(this, opportunity!);
    }

    /// <summary>Asserts that the step has a metric with this id whose actual value meets its target, and gives it in <c>Which</c>.</summary>
    /// <param name="metricId">The metric's id.</param>
    /// <param name="because">Why, for the failure message.</param>
    /// <param name="becauseArgs">Values for placeholders in <paramref name="because"/>.</param>
    /// <returns>The assertions, with the metric in <c>Which</c>.</returns>
    [CustomAssertion]
    public AndWhichConstraint<StepAssertions, Metric> HaveMetricMeetingTarget(string metricId, string because = "", params object[] becauseArgs)
    {
        var metric = ElementChecks.HasSubject(Subject, "step", because, becauseArgs)
            ? ElementChecks.MetricMeetingTarget(Subject.Metrics, metricId, Described, because, becauseArgs)
            : null;
        return new AndWhichConstraint<StepAssertions, Metric>(this, metric!);
    }

    /// <summary>Asserts that the step happens through the touchpoint with this id.</summary>
    /// <param name="touchpointId">The touchpoint's id.</param>
    /// <param name="because">Why, for the failure message.</param>
    /// <param name="becauseArgs">Values for placeholders in <paramref name="because"/>.</param>
    /// <returns>The assertions, to chain more.</returns>
    [CustomAssertion]
    public AndConstraint<StepAssertions> UseTouchpoint(string touchpointId, string because = "", params object[] becauseArgs)
    {
        ArgumentNullException.ThrowIfNull(touchpointId);
        if (ElementChecks.HasSubject(Subject, "step", because, becauseArgs))
        {
            Execute.Assertion.BecauseOf(because, becauseArgs)
                .ForCondition(Subject.TouchpointIds.Contains(touchpointId))
                .FailWith("Expected {0} to use touchpoint {1}{reason}, but it uses {2}.",
                    new Verbatim(Described), touchpointId, new Verbatim(Listing.Of(Subject.TouchpointIds, t => t)));
        }

        return new AndConstraint<StepAssertions>(this);
    }
}
