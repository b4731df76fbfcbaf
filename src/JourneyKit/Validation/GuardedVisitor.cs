using JourneyKit.Walking;

namespace JourneyKit.Validation;

/// <summary>Passes the walk on to one rule's visitor; a visitor that throws fails the validation with an error that names its rule.</summary>
internal sealed class GuardedVisitor(RuleInfo rule, JourneyMap map, MapVisitor inner) : MapVisitor
{
    public static InvalidOperationException Failed(RuleInfo rule, JourneyMap map, Exception exception) =>
        new($"The validation rule {rule.Id} ({rule.Title}) failed on the map '{map.Title}': {exception.Message}", exception);

    public override bool Visits(ElementKind kind)
    {
        try
        {
            return inner.Visits(kind);
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            throw Failed(rule, map, exception);
        }
    }

    public override void VisitMap(JourneyMap map) => Guard(map, static (v, m) => v.VisitMap(m));

    public override void VisitPersona(Persona persona, in MapPlace place) => Guard(persona, place, static (v, e, in p) => v.VisitPersona(e, p));

    public override void VisitChannel(Channel channel, in MapPlace place) => Guard(channel, place, static (v, e, in p) => v.VisitChannel(e, p));

    public override void VisitOwner(Owner owner, in MapPlace place) => Guard(owner, place, static (v, e, in p) => v.VisitOwner(e, p));

    public override void VisitTouchpoint(Touchpoint touchpoint, in MapPlace place) => Guard(touchpoint, place, static (v, e, in p) => v.VisitTouchpoint(e, p));

    public override void VisitStage(Stage stage, in MapPlace place) => Guard(stage, place, static (v, e, in p) => v.VisitStage(e, p));

    public override void VisitStep(Step step, in MapPlace place) => Guard(step, place, static (v, e, in p) => v.VisitStep(e, p));

    public override void VisitPainPoint(PainPoint painPoint, in MapPlace place) => Guard(painPoint, place, static (v, e, in p) => v.VisitPainPoint(e, p));

    public override void VisitOpportunity(Opportunity opportunity, in MapPlace place) => Guard(opportunity, place, static (v, e, in p) => v.VisitOpportunity(e, p));

    public override void VisitMetric(Metric metric, in MapPlace place) => Guard(metric, place, static (v, e, in p) => v.VisitMetric(e, p));

    public override void VisitBackStageItem(BackStageItem item, in MapPlace place) => Guard(item, place, static (v, e, in p) => v.VisitBackStageItem(e, p));

    public override void VisitEvidence(Evidence evidence, in MapPlace place) => Guard(evidence, place, static (v, e, in p) => v.VisitEvidence(e, p));

    public override void VisitTransition(Transition transition, in MapPlace place) => Guard(transition, place, static (v, e, in p) => v.VisitTransition(e, p));

    public override void EndMap(JourneyMap map) => Guard(map, static (v, m) => v.EndMap(m));

    private void Guard<T>(T element, Action<MapVisitor, T> visit)
    {
        try
        {
            visit(inner, element);
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            throw Failed(rule, map, exception);
        }
    }

    private void Guard<T>(T element, in MapPlace place, Visit<T> visit)
    {
        try
        {
            visit(inner, element, place);
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            throw Failed(rule, map, exception);
        }
    }

    private delegate void Visit<T>(MapVisitor visitor, T element, in MapPlace place);
}
