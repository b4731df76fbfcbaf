using System.Globalization;
using FluentAssertions;
using FluentAssertions.Execution;
using FluentAssertions.Primitives;
using JourneyKit.Diffing;
using JourneyKit.Testing.Equivalency;

namespace JourneyKit.Testing.Assertions;

/// <summary>
/// Assertions on the changes between two revisions: the guards a team puts on a revision, such as no removed pain
/// point and no emotion falling by more than a point. Failures list the changes that broke the guard.
/// </summary>
public sealed class JourneyDiffAssertions : ReferenceTypeAssertions<JourneyDiff, JourneyDiffAssertions>
{
    private readonly DiffSummary? _summary;

    /// <summary>Creates assertions on a diff.</summary>
    /// <param name="subject">The diff under test.</param>
    public JourneyDiffAssertions(JourneyDiff? subject)
        : base(subject!)
    {
    }

    /// <summary>Creates assertions on a summary's diff, with both revisions at hand for the guards that need them (metrics against their targets).</summary>
    /// <param name="summary">The summary under test.</param>
    public JourneyDiffAssertions(DiffSummary? summary)
        : base(summary?.Diff!)
    {
        _summary = summary;
    }

    /// <inheritdoc/>
    protected override string Identifier => "diff";

    /// <summary>Asserts that there is no change.</summary>
    /// <param name="because">Why, for the failure message.</param>
    /// <param name="becauseArgs">Values for placeholders in <paramref name="because"/>.</param>
    /// <returns>The assertions, to chain more.</returns>
    [CustomAssertion]
    public AndConstraint<JourneyDiffAssertions> BeEmpty(string because = "", params object[] becauseArgs)
    {
        if (HasSubject("to be empty", because, becauseArgs))
        {
            Execute.Assertion.BecauseOf(because, becauseArgs)
                .ForCondition(Subject.IsEmpty)
                .FailWith("Expected {context:diff} to be empty{reason}, but it has {0}:{1}",
                    new Verbatim(Changelog.Count(Subject)), new Verbatim(Changelog.Lines(Subject.Changes)));
        }

        return new AndConstraint<JourneyDiffAssertions>(this);
    }

    /// <summary>Asserts that there is at least one change.</summary>
    /// <param name="because">Why, for the failure message.</param>
    /// <param name="becauseArgs">Values for placeholders in <paramref name="because"/>.</param>
    /// <returns>The assertions, to chain more.</returns>
    [CustomAssertion]
    public AndConstraint<JourneyDiffAssertions> NotBeEmpty(string because = "", params object[] becauseArgs)
    {
        if (HasSubject("not to be empty", because, becauseArgs))
        {
            Execute.Assertion.BecauseOf(because, becauseArgs)
                .ForCondition(!Subject.IsEmpty)
                .FailWith("Expected {context:diff} not to be empty{reason}, but the revisions are the same.");
        }

        return new AndConstraint<JourneyDiffAssertions>(this);
    }

    /// <summary>Asserts that there is a change of this kind, and narrows to those changes for <c>For</c> and <c>Which</c>.</summary>
    /// <param name="kind">The kind of change.</param>
    /// <param name="because">Why, for the failure message.</param>
    /// <param name="becauseArgs">Values for placeholders in <paramref name="because"/>.</param>
    /// <returns>Assertions on the changes of that kind.</returns>
    [CustomAssertion]
    public JourneyChangeAssertions ContainChange(ChangeKind kind, string because = "", params object[] becauseArgs)
    {
        var what = $"a change {Kind(kind)}";
        if (!HasSubject("to contain " + what, because, becauseArgs))
        {
            return new JourneyChangeAssertions(this, [], what);
        }

        var changes = Subject.Changes.Where(c => c.Kind == kind).ToList();
        Execute.Assertion.BecauseOf(because, becauseArgs)
            .ForCondition(changes.Count > 0)
            .FailWith("Expected {context:diff} to contain {0}{reason}, but it has none; its changes are:{1}",
                new Verbatim(what), new Verbatim(Changes(Subject.Changes)));
        return new JourneyChangeAssertions(this, changes, what);
    }

    /// <summary>Asserts that no pain point was removed.</summary>
    /// <param name="because">Why, for the failure message.</param>
    /// <param name="becauseArgs">Values for placeholders in <paramref name="because"/>.</param>
    /// <returns>The assertions, to chain more.</returns>
    [CustomAssertion]
    public AndConstraint<JourneyDiffAssertions> HaveNoRemovedPainPoints(string because = "", params object[] becauseArgs) =>
        HaveNone("to have no removed pain points", c => c is { Kind: ChangeKind.Removed, ElementKind: ElementKind.PainPoint }, because, becauseArgs);

    /// <summary>Asserts that no pain point was added.</summary>
    /// <param name="because">Why, for the failure message.</param>
    /// <param name="becauseArgs">Values for placeholders in <paramref name="because"/>.</param>
    /// <returns>The assertions, to chain more.</returns>
    [CustomAssertion]
    public AndConstraint<JourneyDiffAssertions> HaveNoNewPainPoints(string because = "", params object[] becauseArgs) =>
        HaveNoNewPainPoints(PainSeverity.Low, because, becauseArgs);

    /// <summary>Asserts that no pain point of this severity or worse was added, and none was made that severe.</summary>
    /// <param name="atOrAbove">The lowest severity the guard counts.</param>
    /// <param name="because">Why, for the failure message.</param>
    /// <param name="becauseArgs">Values for placeholders in <paramref name="because"/>.</param>
    /// <returns>The assertions, to chain more.</returns>
    [CustomAssertion]
    public AndConstraint<JourneyDiffAssertions> HaveNoNewPainPoints(PainSeverity atOrAbove, string because = "", params object[] becauseArgs)
    {
        bool Counts(JourneyChange change) => change switch
        {
            { Kind: ChangeKind.Added, ElementKind: ElementKind.PainPoint } => change.After is PainPoint added && added.Severity >= atOrAbove,
            { Kind: ChangeKind.PropertyChanged, ElementKind: ElementKind.PainPoint, Property: "severity" } =>
                change.TryGetAfter(out PainSeverity now) && now >= atOrAbove && (!change.TryGetBefore(out PainSeverity was) || was < atOrAbove),
            _ => false,
        };
        var what = atOrAbove == PainSeverity.Low ? "to have no new pain points" : $"to have no new pain points of severity {atOrAbove} or worse";
        return HaveNone(what, Counts, because, becauseArgs);
    }

    /// <summary>Asserts that no step's emotion, for everyone or for any persona, fell by more than this many points.</summary>
    /// <param name="points">The largest fall the guard accepts; 0 accepts none.</param>
    /// <param name="because">Why, for the failure message.</param>
    /// <param name="becauseArgs">Values for placeholders in <paramref name="because"/>.</param>
    /// <returns>The assertions, to chain more.</returns>
    [CustomAssertion]
    public AndConstraint<JourneyDiffAssertions> HaveNoEmotionDropGreaterThan(int points, string because = "", params object[] becauseArgs)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(points);
        return HaveNone($"to have no emotion drop greater than {points}", c => EmotionDrop(c) > points, because, becauseArgs);
    }

    /// <summary>
    /// Asserts that no metric's actual value moved away from its target. Needs both revisions: assert on
    /// <c>DiffSummary.Of(before, after).Should()</c>.
    /// </summary>
    /// <param name="because">Why, for the failure message.</param>
    /// <param name="becauseArgs">Values for placeholders in <paramref name="because"/>.</param>
    /// <returns>The assertions, to chain more.</returns>
    /// <exception cref="InvalidOperationException">The assertions are on a bare diff, which does not hold the metrics' targets.</exception>
    [CustomAssertion]
    public AndConstraint<JourneyDiffAssertions> HaveNoMetricMovingAwayFromTarget(string because = "", params object[] becauseArgs)
    {
        if (!HasSubject("to have no metric moving away from its target", because, becauseArgs))
        {
            return new AndConstraint<JourneyDiffAssertions>(this);
        }

        if (_summary is null)
        {
            throw new InvalidOperationException(
                "HaveNoMetricMovingAwayFromTarget needs both revisions, for the metrics' targets: assert on DiffSummary.Of(before, after).Should() instead of a diff.");
        }

        var away = _summary.MetricMovements.Where(m => m.Trend == MetricTrend.AwayFromTarget).ToList();
        Execute.Assertion.BecauseOf(because, becauseArgs)
            .ForCondition(away.Count == 0)
            .FailWith("Expected {context:diff} to have no metric moving away from its target{reason}, but {0}:{1}",
                new Verbatim(away.Count == 1 ? "1 does" : $"{away.Count} do"), new Verbatim(Listing.Lines(away, Movement)));
        return new AndConstraint<JourneyDiffAssertions>(this);
    }

    private static string Movement(MetricMovement metric) => string.Create(CultureInfo.InvariantCulture,
        $"{metric.Location} › metric '{metric.Name}' ({metric.MetricId}) from {Show(metric.Before)} to {Show(metric.After)}, away from its target {Show(metric.Target)}");

    private static string Show(decimal? value) => value is { } number ? number.ToString(CultureInfo.InvariantCulture) : "(none)";

    /// <summary>How many points a change lowers a step's emotion, for everyone or a persona, at most; 0 when it lowers none.</summary>
    private static int EmotionDrop(JourneyChange change)
    {
        if (change is not { Kind: ChangeKind.PropertyChanged, ElementKind: ElementKind.Step, Property: "emotions" }
            || !change.TryGetBefore(out ValueList<Emotion> before) || !change.TryGetAfter(out ValueList<Emotion> after))
        {
            return 0;
        }

        var drop = 0;
        foreach (var was in before)
        {
            foreach (var now in after)
            {
                if (now.PersonaId == was.PersonaId)
                {
                    drop = Math.Max(drop, was.Score - now.Score);
                }
            }
        }

        return drop;
    }

    [CustomAssertion]
    private AndConstraint<JourneyDiffAssertions> HaveNone(string expectation, Func<JourneyChange, bool> breaks, string because, object[] becauseArgs)
    {
        if (HasSubject(expectation, because, becauseArgs))
        {
            var broken = Subject.Changes.Where(breaks).ToList();
            Execute.Assertion.BecauseOf(because, becauseArgs)
                .ForCondition(broken.Count == 0)
                .FailWith("Expected {context:diff} {0}{reason}, but {1}:{2}",
                    new Verbatim(expectation), new Verbatim(broken.Count == 1 ? "1 change does not hold" : $"{broken.Count} changes do not hold"),
                    new Verbatim(Changelog.Lines(broken)));
        }

        return new AndConstraint<JourneyDiffAssertions>(this);
    }

    internal static string Kind(ChangeKind kind) => kind switch
    {
        ChangeKind.PropertyChanged => "changing a property",
        _ => kind.ToString().ToLowerInvariant(),
    };

    internal static string Changes(IReadOnlyCollection<JourneyChange> changes) =>
        changes.Count == 0 ? " none" : Changelog.Lines(changes);

    [CustomAssertion]
    private bool HasSubject(string expectation, string because, object[] becauseArgs) =>
        Execute.Assertion.BecauseOf(because, becauseArgs)
            .ForCondition(Subject is not null)
            .FailWith("Expected {context:diff} {0}{reason}, but found <null>.", new Verbatim(expectation));
}
