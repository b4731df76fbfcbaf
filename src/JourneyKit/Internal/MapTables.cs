using System.Globalization;

namespace JourneyKit.Internal;

/// <summary>The detail tables the HTML page and the Markdown export share: their headers and rows of plain text.</summary>
internal static class MapTables
{
    public static readonly string[] PainPointHeaders = ["Severity", "Pain point", "Step", "Stage"];
    public static readonly string[] OpportunityHeaders = ["Opportunity", "Impact", "Effort", "Status", "Addresses", "Step", "Owner"];
    public static readonly string[] MetricHeaders = ["Metric", "Where", "Value"];
    public static readonly string[] BackStageHeaders = ["Item", "Kind", "Step", "Description"];
    public static readonly string[] PathHeaders = ["Kind", "From", "To", "Label", "Share"];

    /// <summary>Pain points, most severe first.</summary>
    public static List<string[]> PainPoints(JourneyMap map) =>
        [.. StepsWithStages(map).SelectMany(s => s.Step.PainPoints.Select(p => (s.Stage, s.Step, Pain: p))).OrderByDescending(p => p.Pain.Severity)
            .Select(p => new[] { p.Pain.Severity.ToString(), p.Pain.Description, p.Step.Name, p.Stage.Name })];

    /// <summary>Opportunities, highest impact and lowest effort first.</summary>
    public static List<string[]> Opportunities(JourneyMap map) =>
        [.. map.Steps.SelectMany(step => step.Opportunities.Select(o => (Step: step, Opportunity: o)))
            .OrderByDescending(o => o.Opportunity.Impact).ThenBy(o => o.Opportunity.Effort)
            .Select(o => new[]
            {
                o.Opportunity.Title + (o.Opportunity.Description is null ? "" : " — " + o.Opportunity.Description), o.Opportunity.Impact.ToString(), o.Opportunity.Effort.ToString(),
                MapText.Status(o.Opportunity.Status), string.Join("; ", o.Opportunity.AddressedPainPointIds.Select(id => map.FindPainPoint(id)?.Description ?? id)),
                o.Step.Name, OwnerName(map, o.Opportunity.OwnerId),
            })];

    /// <summary>Metrics of steps, and of stages too when <paramref name="withStages"/>.</summary>
    public static List<string[]> Metrics(JourneyMap map, bool withStages) =>
        [.. map.Stages.SelectMany(stage => (withStages ? stage.Metrics.Select(m => (Where: $"Stage {stage.Name}", Metric: m)) : [])
                .Concat(stage.Steps.SelectMany(step => step.Metrics.Select(m => (Where: $"Step {step.Name}", Metric: m)))))
            .Select(m => new[] { m.Metric.Name, m.Where, MapText.Metric(m.Metric) })];

    public static List<string[]> BackStage(JourneyMap map) =>
        [.. map.Steps.SelectMany(step => step.BackStage.Select(b => new[] { b.Name, b.Kind.ToString(), step.Name, b.Description ?? "" }))];

    public static List<string[]> Paths(JourneyMap map)
    {
        string StepName(string? id) => id is null ? "(leaves the journey)" : map.FindStep(id)?.Name ?? id;
        return [.. map.Transitions.Select(t => new[]
        {
            t.Kind.ToString(), StepName(t.FromStepId), StepName(t.ToStepId), t.Label ?? "", t.Share is { } share ? share.ToString("0.##%", CultureInfo.InvariantCulture) : "",
        })];
    }

    public static string OwnerName(JourneyMap map, string? id) => id is null ? "" : map.FindOwner(id)?.Name ?? id;

    private static IEnumerable<(Stage Stage, Step Step)> StepsWithStages(JourneyMap map) => map.Stages.SelectMany(stage => stage.Steps.Select(step => (stage, step)));
}
