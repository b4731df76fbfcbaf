using JourneyKit.Walking;

namespace JourneyKit.Diffing;

/// <summary>What the summary of a diff compares in each revision, gathered in one walk: steps, their pain points and opportunities, and every metric with where it is.</summary>
internal sealed class RevisionContents : MapVisitor
{
    private RevisionContents()
    {
    }

    public List<Step> Steps { get; } = [];

    public List<StepElement<PainPoint>> PainPoints { get; } = [];

    public List<StepElement<Opportunity>> Opportunities { get; } = [];

    public List<(Metric Metric, string Location)> Metrics { get; } = [];

    public static RevisionContents Of(JourneyMap map)
    {
        var contents = new RevisionContents();
        MapWalker.Walk(map, contents);
        return contents;
    }

    public override bool Visits(ElementKind kind) => kind is ElementKind.Step or ElementKind.PainPoint or ElementKind.Opportunity or ElementKind.Metric;

    public override void VisitStep(Step step, in MapPlace place) => Steps.Add(step);

    public override void VisitPainPoint(PainPoint painPoint, in MapPlace place) => PainPoints.Add(new StepElement<PainPoint>(place.Step!.Id, place.Step.Name, painPoint));

    public override void VisitOpportunity(Opportunity opportunity, in MapPlace place) => Opportunities.Add(new StepElement<Opportunity>(place.Step!.Id, place.Step.Name, opportunity));

    public override void VisitMetric(Metric metric, in MapPlace place) =>
        Metrics.Add((metric, place.Step is { } step ? $"{place.Stage!.Name} › {step.Name}" : place.Stage!.Name));
}
