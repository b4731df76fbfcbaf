namespace JourneyKit.Validation.Rules;

/// <summary>Whether a text is a short name-like field or free text that may span lines.</summary>
internal enum TextField
{
    Name,
    Text,
}

/// <summary>Where a text sits; turned into a <see cref="ValidationLocation"/> only when a rule reports it.</summary>
internal readonly struct TextSite(JourneyMap map, Stage? stage, Step? step, object? element, string property)
{
    /// <summary>Gets whether the text names its element (a name, a title, a pain point's description): it must hold a visible character.</summary>
    public bool IsElementName => property is "name" or "title" || (element is PainPoint && property == "description");

    /// <summary>Gets whether the text is a key or value of a free-form map (the map's properties, a persona's demographics); values may be blank.</summary>
    public bool IsFreeForm => property is "properties" or "demographics";

    public ValidationLocation Location() => (element switch
    {
        null when step is not null => ValidationLocation.Of(stage!, step),
        null when stage is not null => ValidationLocation.Of(stage),
        null => ValidationLocation.Of(map),
        Persona persona => ValidationLocation.Of(persona),
        Channel channel => ValidationLocation.Of(channel),
        Owner owner => ValidationLocation.Of(owner),
        Touchpoint touchpoint => ValidationLocation.Of(touchpoint),
        Transition transition => ValidationLocation.Of(transition),
        PainPoint painPoint => ValidationLocation.Of(stage!, step!, painPoint),
        Opportunity opportunity => ValidationLocation.Of(stage!, step!, opportunity),
        Metric metric => ValidationLocation.Of(stage!, step, metric),
        BackStageItem item => ValidationLocation.Of(stage!, step!, item),
        _ => ValidationLocation.Of(map),
    }).Property(property);
}

/// <summary>Receives every text of a map.</summary>
internal interface ITextVisitor
{
    void Visit(string text, TextField field, in TextSite site);
}

/// <summary>Walks every text a user can write in a map, in document order, without allocating.</summary>
internal static class TextWalker
{
    /// <summary>Walks the texts outside the stages: the map's own, personas, catalogs and transitions.</summary>
    public static void WalkOutsideStages<TVisitor>(JourneyMap map, TVisitor visitor)
        where TVisitor : struct, ITextVisitor
    {
        Visit(visitor, map.Title, TextField.Name, new(map, null, null, null, "title"));
        Visit(visitor, map.Description, TextField.Text, new(map, null, null, null, "description"));
        Visit(visitor, map.Revision?.Author, TextField.Name, new(map, null, null, null, "revision"));
        Visit(visitor, map.Revision?.Note, TextField.Text, new(map, null, null, null, "revision"));
        foreach (var (key, value) in map.Properties)
        {
            Visit(visitor, key, TextField.Name, new(map, null, null, null, "properties"));
            Visit(visitor, value, TextField.Text, new(map, null, null, null, "properties"));
        }

        foreach (var persona in map.Personas)
        {
            Visit(visitor, persona.Name, TextField.Name, new(map, null, null, persona, "name"));
            Visit(visitor, persona.Segment, TextField.Name, new(map, null, null, persona, "segment"));
            foreach (var (key, value) in persona.Demographics)
            {
                Visit(visitor, key, TextField.Name, new(map, null, null, persona, "demographics"));
                Visit(visitor, value, TextField.Text, new(map, null, null, persona, "demographics"));
            }

            VisitAll(visitor, persona.Behaviours, new(map, null, null, persona, "behaviours"));
            VisitAll(visitor, persona.Goals, new(map, null, null, persona, "goals"));
            VisitAll(visitor, persona.Needs, new(map, null, null, persona, "needs"));
            VisitAll(visitor, persona.Frustrations, new(map, null, null, persona, "frustrations"));
        }

        foreach (var channel in map.Channels)
        {
            Visit(visitor, channel.Name, TextField.Name, new(map, null, null, channel, "name"));
            Visit(visitor, channel.Description, TextField.Text, new(map, null, null, channel, "description"));
        }

        foreach (var owner in map.Owners)
        {
            Visit(visitor, owner.Name, TextField.Name, new(map, null, null, owner, "name"));
            Visit(visitor, owner.Contact, TextField.Name, new(map, null, null, owner, "contact"));
        }

        foreach (var touchpoint in map.Touchpoints)
        {
            Visit(visitor, touchpoint.Name, TextField.Name, new(map, null, null, touchpoint, "name"));
            Visit(visitor, touchpoint.Description, TextField.Text, new(map, null, null, touchpoint, "description"));
        }

        foreach (var transition in map.Transitions)
        {
            Visit(visitor, transition.Label, TextField.Text, new(map, null, null, transition, "label"));
        }
    }

    /// <summary>Walks the texts of a stage and its metrics, not of its steps.</summary>
    public static void WalkStage<TVisitor>(JourneyMap map, Stage stage, TVisitor visitor)
        where TVisitor : struct, ITextVisitor
    {
        Visit(visitor, stage.Name, TextField.Name, new(map, stage, null, null, "name"));
        Visit(visitor, stage.Goal, TextField.Text, new(map, stage, null, null, "goal"));
        Visit(visitor, stage.Icon, TextField.Name, new(map, stage, null, null, "icon"));
        VisitAll(visitor, stage.Questions, new(map, stage, null, null, "questions"));
        foreach (var metric in stage.Metrics)
        {
            WalkMetric(map, stage, null, metric, visitor);
        }
    }

    /// <summary>Walks the texts of a step and of its pain points, opportunities, metrics and back stage.</summary>
    public static void WalkStep<TVisitor>(JourneyMap map, Stage stage, Step step, TVisitor visitor)
        where TVisitor : struct, ITextVisitor
    {
        Visit(visitor, step.Name, TextField.Name, new(map, stage, step, null, "name"));
        Visit(visitor, step.Description, TextField.Text, new(map, stage, step, null, "description"));
        VisitAll(visitor, step.Actions, new(map, stage, step, null, "actions"));
        VisitAll(visitor, step.Thoughts, new(map, stage, step, null, "thoughts"));
        foreach (var emotion in step.Emotions)
        {
            Visit(visitor, emotion.Label, TextField.Name, new(map, stage, step, null, "emotions"));
        }

        foreach (var painPoint in step.PainPoints)
        {
            Visit(visitor, painPoint.Description, TextField.Text, new(map, stage, step, painPoint, "description"));
        }

        foreach (var opportunity in step.Opportunities)
        {
            Visit(visitor, opportunity.Title, TextField.Name, new(map, stage, step, opportunity, "title"));
            Visit(visitor, opportunity.Description, TextField.Text, new(map, stage, step, opportunity, "description"));
        }

        foreach (var metric in step.Metrics)
        {
            WalkMetric(map, stage, step, metric, visitor);
        }

        foreach (var item in step.BackStage)
        {
            Visit(visitor, item.Name, TextField.Name, new(map, stage, step, item, "name"));
            Visit(visitor, item.Description, TextField.Text, new(map, stage, step, item, "description"));
        }
    }

    private static void WalkMetric<TVisitor>(JourneyMap map, Stage stage, Step? step, Metric metric, TVisitor visitor)
        where TVisitor : struct, ITextVisitor
    {
        Visit(visitor, metric.Name, TextField.Name, new(map, stage, step, metric, "name"));
        Visit(visitor, metric.Unit, TextField.Name, new(map, stage, step, metric, "unit"));
    }

    private static void VisitAll<TVisitor>(TVisitor visitor, ValueList<string> texts, in TextSite site)
        where TVisitor : struct, ITextVisitor
    {
        foreach (var text in texts)
        {
            visitor.Visit(text, TextField.Text, in site);
        }
    }

    private static void Visit<TVisitor>(TVisitor visitor, string? text, TextField field, in TextSite site)
        where TVisitor : struct, ITextVisitor
    {
        if (text is not null)
        {
            visitor.Visit(text, field, in site);
        }
    }
}
