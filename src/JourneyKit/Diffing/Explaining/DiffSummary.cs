using JourneyKit.Analysis;
using JourneyKit.Diffing.Reporting;
using JourneyKit.Localization;
using JourneyKit.Model.Shapes;
using JourneyKit.Validation;

namespace JourneyKit.Diffing;

/// <summary>
/// What changed between two revisions for the people who use the map: pain points and opportunities that came and
/// went, how emotions moved, metrics against their targets, owners reassigned, validation issues introduced and
/// resolved, how the journey's conversion and each stage's experience changed, and every change; renders as a Markdown
/// changelog or plain text.
/// </summary>
/// <remarks>
/// The experience figures come from <see cref="JourneyAnalysis.Of"/> of both revisions (docs/analysis-segments.md).
/// Immutable and thread-safe.
/// </remarks>
public sealed record DiffSummary
{
    private const int Highlights = 3;

    private DiffSummary(JourneyMap before, JourneyMap after, JourneyDiff diff)
    {
        Before = before;
        After = after;
        Diff = diff;
    }

    /// <summary>Gets the older revision.</summary>
    public JourneyMap Before { get; }

    /// <summary>Gets the newer revision.</summary>
    public JourneyMap After { get; }

    /// <summary>Gets every change.</summary>
    public JourneyDiff Diff { get; }

    /// <summary>Gets the pain points the newer revision has and the older did not.</summary>
    public ValueList<StepElement<PainPoint>> NewPainPoints { get; private init; }

    /// <summary>Gets the pain points the older revision had and the newer does not.</summary>
    public ValueList<StepElement<PainPoint>> ResolvedPainPoints { get; private init; }

    /// <summary>Gets the opportunities the newer revision has and the older did not.</summary>
    public ValueList<StepElement<Opportunity>> AddedOpportunities { get; private init; }

    /// <summary>Gets the opportunities the older revision had and the newer does not.</summary>
    public ValueList<StepElement<Opportunity>> DroppedOpportunities { get; private init; }

    /// <summary>Gets every change of emotion on a step found in both revisions, in the newer revision's order.</summary>
    public ValueList<EmotionShift> EmotionShifts { get; private init; }

    /// <summary>Gets the largest falls in emotion, worst first (at most three).</summary>
    public ValueList<EmotionShift> BiggestDrops { get; private init; }

    /// <summary>Gets the largest rises in emotion, best first (at most three).</summary>
    public ValueList<EmotionShift> BiggestRises { get; private init; }

    /// <summary>Gets the metrics whose actual value or target changed.</summary>
    public ValueList<MetricMovement> MetricMovements { get; private init; }

    /// <summary>Gets the stages, steps and opportunities whose owner changed.</summary>
    public ValueList<OwnerReassignment> OwnerReassignments { get; private init; }

    /// <summary>Gets the validation issues the newer revision has and the older did not; empty when the summary was made without the reports.</summary>
    public ValueList<ValidationIssue> IssuesIntroduced { get; private init; }

    /// <summary>Gets the validation issues the older revision had and the newer does not; empty when the summary was made without the reports.</summary>
    public ValueList<ValidationIssue> IssuesResolved { get; private init; }

    /// <summary>Gets the share of customers who completed the journey in the older revision (<see cref="Funnel.JourneyConversion"/>), from 0 to 1.</summary>
    public decimal JourneyConversionBefore { get; private init; }

    /// <summary>Gets the share of customers who complete the journey in the newer revision, from 0 to 1.</summary>
    public decimal JourneyConversionAfter { get; private init; }

    /// <summary>Gets how each stage's experience changed, with one verdict per stage: the newer revision's stages in order, then the stages removed.</summary>
    public ValueList<StageVerdict> StageVerdicts { get; private init; }

    /// <summary>
    /// Gets how many of the moments that matter most <see cref="MomentsEnteringTop"/> and <see cref="MomentsLeavingTop"/>
    /// look at: <see cref="AnalysisOptions.TopCount"/>, 3 by default.
    /// </summary>
    public int TopMomentCount { get; private init; }

    /// <summary>Gets the newer revision's moments among its <see cref="TopMomentCount"/> that hurt most whose step was not among the older revision's, most hurt first.</summary>
    public ValueList<MomentThatMatters> MomentsEnteringTop { get; private init; }

    /// <summary>Gets the older revision's moments among its <see cref="TopMomentCount"/> that hurt most whose step is no longer among the newer revision's, most hurt first, with the older revision's ids.</summary>
    public ValueList<MomentThatMatters> MomentsLeavingTop { get; private init; }

    /// <summary>Compares two revisions and summarises what matters to people.</summary>
    /// <param name="before">The older revision.</param>
    /// <param name="after">The newer revision.</param>
    /// <param name="options">What the comparison pays attention to; <see cref="DiffOptions.Default"/> when omitted.</param>
    /// <param name="issuesBefore">The older revision's validation report, to list the issues introduced and resolved; give both reports or neither.</param>
    /// <param name="issuesAfter">The newer revision's validation report.</param>
    /// <param name="analysis">How to analyse both revisions for the experience figures; <see cref="AnalysisOptions.Default"/> when omitted.</param>
    /// <returns>The summary.</returns>
    /// <exception cref="ArgumentException">Only one of the two reports is given.</exception>
    public static DiffSummary Of(
        JourneyMap before, JourneyMap after, DiffOptions? options = null, ValidationReport? issuesBefore = null, ValidationReport? issuesAfter = null, AnalysisOptions? analysis = null)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);
        return Of(before, after, JourneyDiff.Compare(before, after, options), issuesBefore, issuesAfter, analysis);
    }

    /// <summary>Summarises a diff already made, such as one read back from JSON, applied to the revision it was made from.</summary>
    /// <param name="before">The revision the diff was made from.</param>
    /// <param name="diff">The diff.</param>
    /// <param name="issuesBefore">The older revision's validation report, to list the issues introduced and resolved; give both reports or neither.</param>
    /// <param name="issuesAfter">The newer revision's validation report.</param>
    /// <param name="analysis">How to analyse both revisions for the experience figures; <see cref="AnalysisOptions.Default"/> when omitted.</param>
    /// <returns>The summary.</returns>
    /// <exception cref="JourneyPatchException">The diff does not fit <paramref name="before"/>.</exception>
    /// <exception cref="ArgumentException">Only one of the two reports is given.</exception>
    public static DiffSummary Of(JourneyMap before, JourneyDiff diff, ValidationReport? issuesBefore = null, ValidationReport? issuesAfter = null, AnalysisOptions? analysis = null)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(diff);
        return Of(before, JourneyDiff.Apply(before, diff), diff, issuesBefore, issuesAfter, analysis);
    }

    private static DiffSummary Of(JourneyMap before, JourneyMap after, JourneyDiff diff, ValidationReport? issuesBefore, ValidationReport? issuesAfter, AnalysisOptions? analysis)
    {
        if ((issuesBefore is null) != (issuesAfter is null))
        {
            throw new ArgumentException("Give the validation reports of both revisions, or of neither.", issuesBefore is null ? nameof(issuesBefore) : nameof(issuesAfter));
        }

        var renames = diff.Changes
            .Where(c => c.PreviousId is not null && c.Kind == ChangeKind.Renamed)
            .ToDictionary(c => new ElementRef(c.ElementKind, c.PreviousId!), c => c.ElementId);
        string NewId(ElementKind kind, string id) => renames.GetValueOrDefault(new ElementRef(kind, id), id);

        var (was, now) = (RevisionContents.Of(before), RevisionContents.Of(after));
        var shifts = EmotionShiftsOf(was, now, NewId);
        var (introduced, resolved) = issuesBefore is null ? default : IssuesBetween(issuesBefore, issuesAfter!);

        // Only the funnel and the moments are read: one route is enough, so the analyses stay linear in the maps.
        analysis = (analysis ?? AnalysisOptions.Default) with { MaxRoutes = 1 };
        var (read, reading) = (JourneyAnalysis.Of(before, analysis), JourneyAnalysis.Of(after, analysis));
        var top = analysis.TopCount;
        var wasTop = read.Moments.Take(top).ToList();
        var nowTop = reading.Moments.Take(top).ToList();
        var wasTopIds = wasTop.Select(m => NewId(ElementKind.Step, m.StepId)).ToHashSet(StringComparer.Ordinal);
        var nowTopIds = nowTop.Select(m => m.StepId).ToHashSet(StringComparer.Ordinal);
        return new DiffSummary(before, after, diff)
        {
            NewPainPoints = Missing(now.PainPoints, p => p.Element.Id, was.PainPoints, p => NewId(ElementKind.PainPoint, p.Element.Id)),
            ResolvedPainPoints = Missing(was.PainPoints, p => NewId(ElementKind.PainPoint, p.Element.Id), now.PainPoints, p => p.Element.Id),
            AddedOpportunities = Missing(now.Opportunities, o => o.Element.Id, was.Opportunities, o => NewId(ElementKind.Opportunity, o.Element.Id)),
            DroppedOpportunities = Missing(was.Opportunities, o => NewId(ElementKind.Opportunity, o.Element.Id), now.Opportunities, o => o.Element.Id),
            EmotionShifts = ValueList.From(shifts),
            BiggestDrops = ValueList.From(shifts.Where(s => s.Delta < 0).OrderBy(s => s.Delta).Take(Highlights)),
            BiggestRises = ValueList.From(shifts.Where(s => s.Delta > 0).OrderByDescending(s => s.Delta).Take(Highlights)),
            MetricMovements = ValueList.From(MetricMovementsOf(was, now, NewId)),
            OwnerReassignments = ValueList.From(OwnerReassignmentsOf(diff, before, after)),
            IssuesIntroduced = introduced,
            IssuesResolved = resolved,
            JourneyConversionBefore = read.Funnel.JourneyConversion,
            JourneyConversionAfter = reading.Funnel.JourneyConversion,
            StageVerdicts = ValueList.From(StageVerdictsOf(before, read, after, reading, NewId)),
            TopMomentCount = top,
            MomentsEnteringTop = ValueList.From(nowTop.Where(m => !wasTopIds.Contains(m.StepId))),
            MomentsLeavingTop = ValueList.From(wasTop.Where(m => !nowTopIds.Contains(NewId(ElementKind.Step, m.StepId)))),
        };
    }

    /// <summary>Renders the summary as a GitHub-flavoured Markdown changelog, with the changes grouped by stage.</summary>
    /// <param name="language">The language to write in, with its numbers; <see langword="null"/> for the newer map's language, English today.</param>
    /// <returns>The Markdown text.</returns>
    public string ToMarkdown(JourneyLanguage? language = null) => new ChangelogWriter(this, markdown: true, JourneyLanguage.Choose(language, After)).Write();

    /// <summary>Renders the summary as plain text, with the changes grouped by stage.</summary>
    /// <param name="language">The language to write in, with its numbers; <see langword="null"/> for the newer map's language, English today.</param>
    /// <returns>The text.</returns>
    public string ToText(JourneyLanguage? language = null) => new ChangelogWriter(this, markdown: false, JourneyLanguage.Choose(language, After)).Write();

    /// <summary>Renders the summary as plain text in English, whatever the map's language.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => ToText(JourneyLanguage.English);

    /// <summary>Returns the elements of <paramref name="these"/> that <paramref name="others"/> lacks, matching ids as the newer revision has them.</summary>
    private static ValueList<StepElement<T>> Missing<T>(
        IEnumerable<StepElement<T>> these, Func<StepElement<T>, string> theseId, IEnumerable<StepElement<T>> others, Func<StepElement<T>, string> othersId)
    {
        var ids = others.Select(othersId).ToHashSet(StringComparer.Ordinal);
        return ValueList.From(these.Where(e => !ids.Contains(theseId(e))));
    }

    private static List<EmotionShift> EmotionShiftsOf(RevisionContents before, RevisionContents after, Func<ElementKind, string, string> newId)
    {
        var olds = before.Steps.ToDictionary(s => newId(ElementKind.Step, s.Id), StringComparer.Ordinal);
        var shifts = new List<EmotionShift>();
        foreach (var step in after.Steps)
        {
            if (!olds.TryGetValue(step.Id, out var old))
            {
                continue;
            }

            var (wasByPersona, nowByPersona) = (EmotionsCodec.ByPersona(old.Emotions), EmotionsCodec.ByPersona(step.Emotions));
            var personas = old.Emotions.Select(e => e.PersonaId).Union(step.Emotions.Select(e => e.PersonaId));
            foreach (var persona in personas)
            {
                var was = wasByPersona.GetValueOrDefault(persona ?? "")?.Score;
                var now = nowByPersona.GetValueOrDefault(persona ?? "")?.Score;
                if (was != now)
                {
                    shifts.Add(new EmotionShift(step.Id, step.Name, persona, was, now));
                }
            }
        }

        return shifts;
    }

    private static List<StageVerdict> StageVerdictsOf(
        JourneyMap before, JourneyAnalysis read, JourneyMap after, JourneyAnalysis reading, Func<ElementKind, string, string> newId)
    {
        var olds = new Dictionary<string, StageFigures>(StringComparer.Ordinal);
        var hurtBefore = StageEmotion.HurtByStage(read);
        for (var i = 0; i < before.Stages.Count; i++)
        {
            olds[newId(ElementKind.Stage, before.Stages[i].Id)] = FiguresOf(before.Stages[i], read.Funnel.Stages[i], hurtBefore);
        }

        var verdicts = new List<StageVerdict>(after.Stages.Count);
        var hurtAfter = StageEmotion.HurtByStage(reading);
        for (var i = 0; i < after.Stages.Count; i++)
        {
            var stage = after.Stages[i];
            verdicts.Add(new StageVerdict(stage.Id, stage.Name, olds.Remove(stage.Id, out var old) ? old : null, FiguresOf(stage, reading.Funnel.Stages[i], hurtAfter)));
        }

        foreach (var stage in before.Stages)
        {
            if (olds.TryGetValue(newId(ElementKind.Stage, stage.Id), out var old))
            {
                verdicts.Add(new StageVerdict(stage.Id, stage.Name, old, null));
            }
        }

        return verdicts;
    }

    private static StageFigures FiguresOf(Stage stage, FunnelStage funnel, Dictionary<string, decimal> hurt) =>
        new(funnel.Conversion, Figures.Round(StageEmotion.Average(stage)), Figures.Round(hurt.GetValueOrDefault(stage.Id)));

    private static List<MetricMovement> MetricMovementsOf(RevisionContents before, RevisionContents after, Func<ElementKind, string, string> newId)
    {
        var olds = before.Metrics.ToDictionary(m => newId(ElementKind.Metric, m.Metric.Id), m => m.Metric, StringComparer.Ordinal);
        var movements = new List<MetricMovement>();
        foreach (var (metric, location) in after.Metrics)
        {
            if (!olds.TryGetValue(metric.Id, out var old) || (old.Actual == metric.Actual && old.Target == metric.Target && old.Direction == metric.Direction))
            {
                continue;
            }

            movements.Add(new MetricMovement(metric.Id, metric.Name, location, old.Actual, metric.Actual, metric.Target, TrendOf(old, metric)));
        }

        return movements;
    }

    private static MetricTrend TrendOf(Metric old, Metric now)
    {
        if (old.Actual is not { } was)
        {
            return MetricTrend.NewlyMeasured;
        }

        if (now.Actual is not { } actual)
        {
            return MetricTrend.NoLongerMeasured;
        }

        if (was == actual)
        {
            return MetricTrend.TargetChanged;
        }

        if (now.Target is { } target)
        {
            return Math.Abs(target - actual) < Math.Abs(target - was) || now.MeetsTarget == true ? MetricTrend.TowardTarget : MetricTrend.AwayFromTarget;
        }

        var rose = actual > was;
        return rose == (now.Direction == MetricDirection.HigherIsBetter) ? MetricTrend.Better : MetricTrend.Worse;
    }

    private static IEnumerable<OwnerReassignment> OwnerReassignmentsOf(JourneyDiff diff, JourneyMap before, JourneyMap after)
    {
        foreach (var change in diff.Changes)
        {
            if (change.Kind == ChangeKind.PropertyChanged && change.Property == "owner")
            {
                yield return new OwnerReassignment(
                    new ElementRef(change.ElementKind, change.ElementId),
                    change.Location,
                    change.Before is string was ? before.FindOwner(was)?.Name ?? was : null,
                    change.After is string now ? after.FindOwner(now)?.Name ?? now : null);
            }
        }
    }

    private static (ValueList<ValidationIssue> Introduced, ValueList<ValidationIssue> Resolved) IssuesBetween(ValidationReport before, ValidationReport after)
    {
        static string Key(ValidationIssue issue) => issue.RuleId + " " + issue.Location.Path.Value;
        var olds = before.Issues.Select(Key).ToHashSet(StringComparer.Ordinal);
        var news = after.Issues.Select(Key).ToHashSet(StringComparer.Ordinal);
        return (ValueList.From(after.Issues.Where(i => !olds.Contains(Key(i)))), ValueList.From(before.Issues.Where(i => !news.Contains(Key(i)))));
    }
}
