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

    public override void VisitMap(JourneyMap map)
    {
        try
        {
            inner.VisitMap(map);
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            throw Failed(rule, map, exception);
        }
    }

    public override void VisitPersona(Persona persona, in MapPlace place)
    {
        try
        {
            inner.VisitPersona(persona, place);
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            throw Failed(rule, map, exception);
        }
    }

    public override void VisitChannel(Channel channel, in MapPlace place)
    {
        try
        {
            inner.VisitChannel(channel, place);
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            throw Failed(rule, map, exception);
        }
    }

    public override void VisitOwner(Owner owner, in MapPlace place)
    {
        try
        {
            inner.VisitOwner(owner, place);
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            throw Failed(rule, map, exception);
        }
    }

    public override void VisitTouchpoint(Touchpoint touchpoint, in MapPlace place)
    {
        try
        {
            inner.VisitTouchpoint(touchpoint, place);
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            throw Failed(rule, map, exception);
        }
    }

    public override void VisitStage(Stage stage, in MapPlace place)
    {
        try
        {
            inner.VisitStage(stage, place);
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            throw Failed(rule, map, exception);
        }
    }

    public override void VisitStep(Step step, in MapPlace place)
    {
        try
        {
            inner.VisitStep(step, place);
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            throw Failed(rule, map, exception);
        }
    }

    public override void VisitPainPoint(PainPoint painPoint, in MapPlace place)
    {
        try
        {
            inner.VisitPainPoint(painPoint, place);
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            throw Failed(rule, map, exception);
        }
    }

    public override void VisitOpportunity(Opportunity opportunity, in MapPlace place)
    {
        try
        {
            inner.VisitOpportunity(opportunity, place);
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            throw Failed(rule, map, exception);
        }
    }

    public override void VisitMetric(Metric metric, in MapPlace place)
    {
        try
        {
            inner.VisitMetric(metric, place);
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            throw Failed(rule, map, exception);
        }
    }

    public override void VisitBackStageItem(BackStageItem item, in MapPlace place)
    {
        try
        {
            inner.VisitBackStageItem(item, place);
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            throw Failed(rule, map, exception);
        }
    }

    public override void VisitTransition(Transition transition, in MapPlace place)
    {
        try
        {
            inner.VisitTransition(transition, place);
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            throw Failed(rule, map, exception);
        }
    }

    public override void EndMap(JourneyMap map)
    {
        try
        {
            inner.EndMap(map);
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            throw Failed(rule, map, exception);
        }
    }
}
