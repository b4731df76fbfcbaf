using System.Globalization;
using JourneyKit.Model.Shapes;
using JourneyKit.Walking;

namespace JourneyKit.Presentation;

/// <summary>The detail tables the HTML page and the Markdown export share, their headers and rows of plain text, gathered in one walk.</summary>
internal sealed class MapTables : MapVisitor
{
    public static readonly string[] PainPointHeaders = ["Severity", "Pain point", "Step", "Stage"];
    public static readonly string[] OpportunityHeaders = ["Opportunity", "Impact", "Effort", "Status", "Addresses", "Step", "Owner"];
    public static readonly string[] MetricHeaders = ["Metric", "Where", "Value"];
    public static readonly string[] BackStageHeaders = ["Item", "Kind", "Step", "Description"];
    public static readonly string[] PathHeaders = ["Kind", "From", "To", "Label", "Share"];
    public static readonly string[] EvidenceHeaders = ["Evidence", "Kind", "Source", "Collected", "Link", "Step", "Shows"];
    public static readonly string[] PropertyHeaders = ["Element", "Property", "Value"];

    private readonly bool _stageMetrics;
    private readonly List<(PainSeverity Severity, string[] Row)> _painPoints = [];
    private readonly List<(Level Impact, Level Effort, string[] Row)> _opportunities = [];
    private readonly List<(Evidence Evidence, string Step)> _evidence = [];
    private readonly Dictionary<string, List<string>> _citedBy = new(StringComparer.Ordinal);

    private MapTables(bool stageMetrics) => _stageMetrics = stageMetrics;

    /// <summary>Gets the pain points, most severe first.</summary>
    public List<string[]> PainPoints { get; private set; } = [];

    /// <summary>Gets the opportunities, highest impact and lowest effort first.</summary>
    public List<string[]> Opportunities { get; private set; } = [];

    /// <summary>Gets the metrics of steps, and of stages too when asked for.</summary>
    public List<string[]> Metrics { get; } = [];

    public List<string[]> BackStage { get; } = [];

    public List<string[]> Paths { get; } = [];

    /// <summary>Gets the evidence, in the map's order, each with the pain points that cite it.</summary>
    public List<string[]> Evidence { get; private set; } = [];

    /// <summary>Gets the custom properties of the map and of every element, one row per property, parents before their children.</summary>
    public List<string[]> Properties { get; private set; } = [];

    /// <summary>Gathers the tables of <paramref name="map"/>; the metrics of stages are listed when <paramref name="withStageMetrics"/>.</summary>
    public static MapTables Of(JourneyMap map, bool withStageMetrics)
    {
        var tables = new MapTables(withStageMetrics);
        MapWalker.Walk(map, tables);
        return tables;
    }

    public static string OwnerName(JourneyMap map, string? id) => id is null ? "" : map.FindOwner(id)?.Name ?? id;

    public override bool Visits(ElementKind kind) =>
        kind is ElementKind.PainPoint or ElementKind.Opportunity or ElementKind.Metric or ElementKind.BackStageItem or ElementKind.Transition or ElementKind.Evidence;

    public override void VisitPainPoint(PainPoint painPoint, in MapPlace place)
    {
        _painPoints.Add((painPoint.Severity, [painPoint.Severity.ToString(), painPoint.Description, place.Step!.Name, place.Stage!.Name]));
        foreach (var id in painPoint.EvidenceIds)
        {
            (_citedBy.TryGetValue(id, out var citing) ? citing : _citedBy[id] = []).Add(painPoint.Description);
        }
    }

    public override void VisitEvidence(Evidence evidence, in MapPlace place) => _evidence.Add((evidence, place.Step!.Name));

    public override void VisitOpportunity(Opportunity opportunity, in MapPlace place)
    {
        var map = place.Map;
        _opportunities.Add((opportunity.Impact, opportunity.Effort,
        [
            opportunity.Title + (opportunity.Description is null ? "" : " — " + opportunity.Description), opportunity.Impact.ToString(), opportunity.Effort.ToString(),
            MapText.Status(opportunity.Status), string.Join("; ", opportunity.AddressedPainPointIds.Select(id => map.FindPainPoint(id)?.Description ?? id)),
            place.Step!.Name, OwnerName(map, opportunity.OwnerId),
        ]));
    }

    public override void VisitMetric(Metric metric, in MapPlace place)
    {
        if (place.Step is { } step)
        {
            Metrics.Add([metric.Name, $"Step {step.Name}", MapText.Metric(metric)]);
        }
        else if (_stageMetrics)
        {
            Metrics.Add([metric.Name, $"Stage {place.Stage!.Name}", MapText.Metric(metric)]);
        }
    }

    public override void VisitBackStageItem(BackStageItem item, in MapPlace place) =>
        BackStage.Add([item.Name, item.Kind.ToString(), place.Step!.Name, item.Description ?? ""]);

    public override void VisitTransition(Transition transition, in MapPlace place)
    {
        var map = place.Map;
        string StepName(string? id) => id is null ? "(leaves the journey)" : map.FindStep(id)?.Name ?? id;
        Paths.Add(
        [
            transition.Kind.ToString(), StepName(transition.FromStepId), StepName(transition.ToStepId), transition.Label ?? "",
            transition.Share is { } share ? share.ToString("0.##%", CultureInfo.InvariantCulture) : "",
        ]);
    }

    /// <summary>Orders the pain points and opportunities once the walk has seen them all; the order among equals is the map's.</summary>
    public override void EndMap(JourneyMap map)
    {
        PainPoints = [.. _painPoints.OrderByDescending(p => p.Severity).Select(p => p.Row)];
        Opportunities = [.. _opportunities.OrderByDescending(o => o.Impact).ThenBy(o => o.Effort).Select(o => o.Row)];
        Properties =
        [
            .. ElementProperties.All(map).SelectMany(e => e.Properties.Select(p => new[]
            {
                $"{char.ToUpperInvariant(e.Shape.ReadableWord[0])}{e.Shape.ReadableWord[1..]}: {e.Shape.LabelOf(e.Element)}", p.Key, p.Value,
            })),
        ];
        Evidence =
        [
            .. _evidence.Select(e => new[]
            {
                e.Evidence.Text, e.Evidence.Kind.ToString(), e.Evidence.Source ?? "", e.Evidence.CollectedOn?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "",
                e.Evidence.Link ?? "", e.Step, string.Join("; ", _citedBy.GetValueOrDefault(e.Evidence.Id) ?? []),
            }),
        ];
    }
}
