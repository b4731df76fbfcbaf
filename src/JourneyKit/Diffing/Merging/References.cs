using JourneyKit.Model.Shapes;

namespace JourneyKit.Diffing.Merging;

/// <summary>Finds references in a map to elements it does not hold, as a merge can leave them; every reference the shapes describe is checked.</summary>
internal static class References
{
    /// <summary>Lists the dangling references of <paramref name="map"/> in document order.</summary>
    public static List<(ElementRef Referrer, string Property, ElementRef Target)> Dangling(JourneyMap map)
    {
        var elements = new List<(ElementShape Shape, object Element)>();
        var held = new HashSet<ElementRef>();
        Collect(Shapes.Map, map, elements, held);

        var found = new List<(ElementRef, string, ElementRef)>();
        var ids = new List<string>();
        foreach (var (shape, element) in elements)
        {
            for (var p = 0; p < shape.PropertyCount; p++)
            {
                if (shape.Target(p) is not { } target)
                {
                    continue;
                }

                ids.Clear();
                shape.CollectReferences(element, p, ids);
                foreach (var id in ids)
                {
                    if (!held.Contains(new(target, id)))
                    {
                        found.Add((new(shape.Kind, shape.IdOf(element)), shape.PropertyName(p), new(target, id)));
                    }
                }
            }
        }

        return found;
    }

    private static void Collect(ElementShape shape, object element, List<(ElementShape, object)> elements, HashSet<ElementRef> held)
    {
        elements.Add((shape, element));
        held.Add(new(shape.Kind, shape.IdOf(element)));
        for (var slot = 0; slot < shape.ChildKinds.Length; slot++)
        {
            var childShape = Shapes.Of(shape.ChildKinds[slot]);
            foreach (var child in shape.ChildrenOf(element, slot))
            {
                Collect(childShape, child, elements, held);
            }
        }
    }
}
