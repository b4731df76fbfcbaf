namespace JourneyKit.Model.Shapes;

/// <summary>The free-form properties that the map and every element kind carry under the same name.</summary>
internal static class ElementProperties
{
    /// <summary>The properties' name in every shape, in JSON and in the schema.</summary>
    public const string Name = "properties";

    /// <summary>Counts the elements below the map that carry at least one property.</summary>
    public static int CountElementsWithProperties(JourneyMap map) => All(map).Count(e => e.Shape.Kind != ElementKind.Map);

    /// <summary>Lists the map and every element that carries properties, parents before their children, with the properties.</summary>
    public static IEnumerable<(ElementShape Shape, object Element, ValueMap Properties)> All(JourneyMap map)
    {
        var found = new List<(ElementShape, object, ValueMap)>();
        Collect(Shapes.Map, map, found);
        return found;
    }

    private static void Collect(ElementShape shape, object element, List<(ElementShape, object, ValueMap)> found)
    {
        if (shape.Get(element, shape.PropertyIndex(Name)) is ValueMap { IsEmpty: false } properties)
        {
            found.Add((shape, element, properties));
        }

        for (var slot = 0; slot < shape.ChildKinds.Length; slot++)
        {
            var childShape = Shapes.Of(shape.ChildKinds[slot]);
            foreach (var child in shape.ChildrenOf(element, slot))
            {
                Collect(childShape, child, found);
            }
        }
    }
}
