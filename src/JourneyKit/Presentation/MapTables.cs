using JourneyKit.Localization;
using JourneyKit.Model.Shapes;
using JourneyKit.Walking;

namespace JourneyKit.Presentation;

/// <summary>
/// The detail tables the HTML page and the Markdown export share, their headers and rows of plain text in one language,
/// gathered in one walk.
/// </summary>
internal sealed class MapTables : MapVisitor
{
    private readonly bool _stageMetrics;
    private readonly JourneyLanguage _language;
    private readonly List<(PainSeverity Severity, string[] Row)> _painPoints = [];
    private readonly List<(Level Impact, Level Effort, string[] Row)> _opportunities = [];
    private readonly List<(Evidence Evidence, string Step)> _evidence = [];
    private readonly Dictionary<string, List<string>> _citedBy = new(StringComparer.Ordinal);

    private MapTables(bool stageMetrics, JourneyLanguage language)
    {
        _stageMetrics = stageMetrics;
        _language = language;
    }

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

    public static string[] PainPointHeaders(JourneyLanguage l) => Headers(l, "Header.Severity", "Header.PainPoint", "Header.Step", "Header.Stage");

    public static string[] OpportunityHeaders(JourneyLanguage l) =>
        Headers(l, "Header.Opportunity", "Header.Impact", "Header.Effort", "Header.Status", "Header.Addresses", "Header.Step", "Header.Owner");

    public static string[] MetricHeaders(JourneyLanguage l) => Headers(l, "Header.Metric", "Header.Where", "Header.Value");

    public static string[] BackStageHeaders(JourneyLanguage l) => Headers(l, "Header.Item", "Header.Kind", "Header.Step", "Header.Description");

    public static string[] PathHeaders(JourneyLanguage l) => Headers(l, "Header.Kind", "Header.From", "Header.To", "Header.Label", "Header.Share");

    public static string[] EvidenceHeaders(JourneyLanguage l) =>
        Headers(l, "Header.Evidence", "Header.Kind", "Header.Source", "Header.Collected", "Header.Link", "Header.Step", "Header.Shows");

    public static string[] PropertyHeaders(JourneyLanguage l) => Headers(l, "Header.Element", "Header.Property", "Header.Value");

    /// <summary>The headers of a table of steps: the stage first when <paramref name="withStage"/>.</summary>
    public static string[] StepHeaders(JourneyLanguage l, bool withStage) =>
        [.. withStage ? [l["Header.Stage"]] : Array.Empty<string>(), .. Headers(l, "Header.Step", "Lane.Feeling", "Lane.Touchpoints", "Lane.Doing", "Lane.Thinking", "Header.Owner")];

    /// <summary>Gathers the tables of <paramref name="map"/> in <paramref name="language"/>; the metrics of stages are listed when <paramref name="withStageMetrics"/>.</summary>
    public static MapTables Of(JourneyMap map, bool withStageMetrics, JourneyLanguage language)
    {
        var tables = new MapTables(withStageMetrics, language);
        MapWalker.Walk(map, tables);
        return tables;
    }

    public static string OwnerName(JourneyMap map, string? id) => id is null ? "" : map.FindOwner(id)?.Name ?? id;

    public override bool Visits(ElementKind kind) =>
        kind is ElementKind.PainPoint or ElementKind.Opportunity or ElementKind.Metric or ElementKind.BackStageItem or ElementKind.Transition or ElementKind.Evidence;

    public override void VisitPainPoint(PainPoint painPoint, in MapPlace place)
    {
        _painPoints.Add((painPoint.Severity, [MapText.SeverityWord(painPoint.Severity, _language), painPoint.Description, place.Step!.Name, place.Stage!.Name]));
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
            opportunity.Title + (opportunity.Description is null ? "" : " — " + opportunity.Description), MapText.Level(opportunity.Impact, _language),
            MapText.Level(opportunity.Effort, _language), MapText.Status(opportunity.Status, _language),
            string.Join("; ", opportunity.AddressedPainPointIds.Select(id => map.FindPainPoint(id)?.Description ?? id)), place.Step!.Name, OwnerName(map, opportunity.OwnerId),
        ]));
    }

    public override void VisitMetric(Metric metric, in MapPlace place)
    {
        if (place.Step is { } step)
        {
            Metrics.Add([metric.Name, _language.Format("Page.MetricOfStep", step.Name), MapText.Metric(metric, _language)]);
        }
        else if (_stageMetrics)
        {
            Metrics.Add([metric.Name, _language.Format("Page.MetricOfStage", place.Stage!.Name), MapText.Metric(metric, _language)]);
        }
    }

    public override void VisitBackStageItem(BackStageItem item, in MapPlace place) =>
        BackStage.Add([item.Name, MapText.BackStageKind(item.Kind, _language), place.Step!.Name, item.Description ?? ""]);

    public override void VisitTransition(Transition transition, in MapPlace place)
    {
        var map = place.Map;
        string StepName(string? id) => id is null ? _language["Page.LeavesJourney"] : map.FindStep(id)?.Name ?? id;
        Paths.Add(
        [
            MapText.PathKind(transition.Kind, _language), StepName(transition.FromStepId), StepName(transition.ToStepId), transition.Label ?? "",
            transition.Share is { } share ? share.ToString("0.##%", _language.Numbers) : "",
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
                $"{MapText.Capitalized(_language["Element." + e.Shape.Kind])}: {e.Shape.LabelOf(e.Element)}", p.Key, p.Value,
            })),
        ];
        Evidence =
        [
            .. _evidence.Select(e => new[]
            {
                e.Evidence.Text, MapText.EvidenceKind(e.Evidence.Kind, _language), e.Evidence.Source ?? "", e.Evidence.CollectedOn is { } on ? MapText.Date(on) : "",
                e.Evidence.Link ?? "", e.Step, string.Join("; ", _citedBy.GetValueOrDefault(e.Evidence.Id) ?? []),
            }),
        ];
    }

    private static string[] Headers(JourneyLanguage language, params string[] keys) => [.. keys.Select(k => language[k])];
}
