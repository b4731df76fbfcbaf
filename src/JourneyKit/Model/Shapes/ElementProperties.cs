namespace JourneyKit.Model.Shapes;

/// <summary>The free-form properties that the map and every element kind carry under the same name.</summary>
internal static class ElementProperties
{
    /// <summary>The properties' name in every shape, in JSON and in the schema.</summary>
    public const string Name = "properties";

    /// <summary>Counts the elements below the map that carry at least one property.</summary>
    public static int CountElementsWithProperties(JourneyMap map) => Count(Shapes.Map, map) - (map.Properties.IsEmpty ? 0 : 1);

    private static int Count(ElementShape shape, object element)
    {
        var count = shape.Get(element, shape.PropertyIndex(Name)) is ValueMap { IsEmpty: false } ? 1 : 0;
        for (var slot = 0; slot < shape.ChildKinds.Length; slot++)
        {
            var childShape = Shapes.Of(shape.ChildKinds[slot]);
            foreach (var child in shape.ChildrenOf(element, slot))
            {
                count += Count(childShape, child);
            }
        }

        return count;
    }
}
