using FluentAssertions;
using FluentAssertions.Execution;
using FluentAssertions.Primitives;
using JourneyKit.Testing.Equivalency;

namespace JourneyKit.Testing.Assertions;

/// <summary>Assertions on a <see cref="Stage"/>, such as one a map assertion gave in <c>Which</c>.</summary>
public sealed class StageAssertions : ReferenceTypeAssertions<Stage, StageAssertions>
{
    /// <summary>Creates assertions on a stage.</summary>
    /// <param name="subject">The stage under test.</param>
    public StageAssertions(Stage? subject)
        : base(subject!)
    {
    }

    /// <inheritdoc/>
    protected override string Identifier => "stage";

    /// <summary>Asserts that the stage is owned by the owner with this id.</summary>
    /// <param name="ownerId">The owner's id.</param>
    /// <param name="because">Why, for the failure message.</param>
    /// <param name="becauseArgs">Values for placeholders in <paramref name="because"/>.</param>
    /// <returns>The assertions, to chain more.</returns>
    [CustomAssertion]
    public AndConstraint<StageAssertions> HaveOwner(string ownerId, string because = "", params object[] becauseArgs)
    {
        if (ElementChecks.HasSubject(Subject, "stage", because, becauseArgs))
        {
            ElementChecks.HaveOwner(Subject.OwnerId, ownerId, $"stage {Listing.Named(Subject.Id, Subject.Name)}", because, becauseArgs);
        }

        return new AndConstraint<StageAssertions>(this);
    }

    /// <summary>Asserts that the stage has a step with this id, and gives it in <c>Which</c>.</summary>
    /// <param name="id">The step's id.</param>
    /// <param name="because">Why, for the failure message.</param>
    /// <param name="becauseArgs">Values for placeholders in <paramref name="because"/>.</param>
    /// <returns>The assertions, with the step in <c>Which</c>.</returns>
    [CustomAssertion]
    public AndWhichConstraint<StageAssertions, Step> HaveStep(string id, string because = "", params object[] becauseArgs)
    {
        var step = ElementChecks.HasSubject(Subject, "stage", because, becauseArgs)
            ? ElementChecks.Find(Subject.Steps, id, s => s.Id, s => Listing.Named(s.Id, s.Name), "step", $"stage {Listing.Named(Subject.Id, Subject.Name)}", because, becauseArgs)
            : null;
        return new AndWhichConstraint<StageAssertions, Step>(this, step!);
    }

    /// <summary>Asserts that the stage has a metric with this id whose actual value meets its target, and gives it in <c>Which</c>.</summary>
    /// <param name="metricId">The metric's id.</param>
    /// <param name="because">Why, for the failure message.</param>
    /// <param name="becauseArgs">Values for placeholders in <paramref name="because"/>.</param>
    /// <returns>The assertions, with the metric in <c>Which</c>.</returns>
    [CustomAssertion]
    public AndWhichConstraint<StageAssertions, Metric> HaveMetricMeetingTarget(string metricId, string because = "", params object[] becauseArgs)
    {
        Metric? metric = null;
        if (ElementChecks.HasSubject(Subject, "stage", because, becauseArgs))
        {
            metric = ElementChecks.MetricMeetingTarget(Subject.Metrics, metricId, $"stage {Listing.Named(Subject.Id, Subject.Name)}", because, becauseArgs);
        }

        return new AndWhichConstraint<StageAssertions, Metric>(this, metric!);
    }

    /// <summary>Asserts that the stage records this customer question.</summary>
    /// <param name="question">The question, as written.</param>
    /// <param name="because">Why, for the failure message.</param>
    /// <param name="becauseArgs">Values for placeholders in <paramref name="because"/>.</param>
    /// <returns>The assertions, to chain more.</returns>
    [CustomAssertion]
    public AndConstraint<StageAssertions> HaveQuestion(string question, string because = "", params object[] becauseArgs)
    {
        ArgumentNullException.ThrowIfNull(question);
        if (ElementChecks.HasSubject(Subject, "stage", because, becauseArgs))
        {
            Execute.Assertion.BecauseOf(because, becauseArgs)
                .ForCondition(Subject.Questions.Contains(question))
                .FailWith("Expected {0} to record the question {1}{reason}, but its questions are {2}.",
                    new Verbatim($"stage {Listing.Named(Subject.Id, Subject.Name)}"), question,
                    new Verbatim(Listing.Of(Subject.Questions, q => $"\"{q}\"")));
        }

        return new AndConstraint<StageAssertions>(this);
    }
}
