using JourneyKit.Validation;

namespace JourneyKit.Model.Shapes;

/// <summary>Whether a text is a short name-like field or free text that may span lines.</summary>
internal enum TextField
{
    Name,
    Text,
}

/// <summary>Where a text sits; turned into a <see cref="ValidationLocation"/> only when a rule reports it.</summary>
internal readonly struct TextSite(JourneyMap map, Stage? stage, Step? step, object? element, string property)
{
    /// <summary>Returns the same place for another property of the element.</summary>
    public TextSite For(string name) => new(map, stage, step, element, name);

    /// <summary>Gets whether the text names its element (a name, a title, a pain point's description): it must hold a visible character.</summary>
    public bool IsElementName => property is "name" or "title" || (element is PainPoint && property == "description") || (element is Evidence && property == "text");

    /// <summary>Gets whether the text is a key or value of a free-form map (an element's custom properties, a persona's demographics); values may be blank.</summary>
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
        Evidence evidence => ValidationLocation.Of(stage!, step!, evidence),
        _ => throw new InvalidOperationException($"No location for {element.GetType().Name}: describe where its texts are."),
    }).Property(property);
}

/// <summary>Receives every text of a map.</summary>
internal interface ITextVisitor
{
    void Visit(string text, TextField field, in TextSite site);
}

/// <summary>
/// Walks every text a user can write in a map, in document order and without allocating, as the shapes describe the
/// texts. Stages and steps, which hold other elements, are walked on their own so that validation can look at all of a
/// step at once.
/// </summary>
internal static class TextWalker
{
    /// <summary>Walks the texts outside the stages: the map's own, personas, catalogs and transitions.</summary>
    public static void WalkOutsideStages(JourneyMap map, ITextVisitor visitor)
    {
        Shapes.Map.VisitTexts(map, visitor, new(map, null, null, null, ""));
        WalkLeaves(Shapes.Map, map, visitor, map, null, null);
    }

    /// <summary>Walks the texts of a stage and its metrics, not of its steps.</summary>
    public static void WalkStage(JourneyMap map, Stage stage, ITextVisitor visitor)
    {
        Shapes.Stage.VisitTexts(stage, visitor, new(map, stage, null, null, ""));
        WalkLeaves(Shapes.Stage, stage, visitor, map, stage, null);
    }

    /// <summary>Walks the texts of a step and of its pain points, opportunities, metrics, back stage and evidence.</summary>
    public static void WalkStep(JourneyMap map, Stage stage, Step step, ITextVisitor visitor)
    {
        Shapes.Step.VisitTexts(step, visitor, new(map, stage, step, null, ""));
        WalkLeaves(Shapes.Step, step, visitor, map, stage, step);
    }

    /// <summary>Walks the children of an element that hold no elements themselves.</summary>
    private static void WalkLeaves(ElementShape shape, object parent, ITextVisitor visitor, JourneyMap map, Stage? stage, Step? step)
    {
        for (var slot = 0; slot < shape.ChildKinds.Length; slot++)
        {
            var childShape = Shapes.Of(shape.ChildKinds[slot]);
            if (childShape.ChildKinds.Length > 0)
            {
                continue;
            }

            foreach (var child in shape.ChildrenOf(parent, slot))
            {
                childShape.VisitTexts(child, visitor, new(map, stage, step, child, ""));
            }
        }
    }
}
