using JourneyKit.Model.Shapes;

namespace JourneyKit.Building;

/// <summary>
/// Leaves out the channels, owners and touchpoints nothing in a map refers to, for <see cref="JourneyMapBuilder.Prune"/>.
/// References are read from the shapes, so a new reference to a catalog is counted without a change here.
/// </summary>
internal static class CatalogPruning
{
    public static (ValueList<Touchpoint> Touchpoints, ValueList<Channel> Channels, ValueList<Owner> Owners) Prune(
        ValueList<Stage> stages, ValueList<Touchpoint> touchpoints, ValueList<Channel> channels, ValueList<Owner> owners)
    {
        var used = new HashSet<(ElementKind, string)>();
        var ids = new List<string>();
        foreach (var stage in stages)
        {
            Collect(Shapes.Of(ElementKind.Stage), stage, used, ids);
        }

        var keptTouchpoints = ValueList.From(touchpoints.Where(t => used.Contains((ElementKind.Touchpoint, t.Id))));
        foreach (var touchpoint in keptTouchpoints)
        {
            Collect(Shapes.Of(ElementKind.Touchpoint), touchpoint, used, ids);
        }

        return (
            keptTouchpoints,
            ValueList.From(channels.Where(c => used.Contains((ElementKind.Channel, c.Id)))),
            ValueList.From(owners.Where(o => used.Contains((ElementKind.Owner, o.Id)))));
    }

    private static void Collect(ElementShape shape, object element, HashSet<(ElementKind, string)> used, List<string> ids)
    {
        for (var p = 0; p < shape.PropertyCount; p++)
        {
            if (shape.Target(p) is { } target)
            {
                ids.Clear();
                shape.CollectReferences(element, p, ids);
                foreach (var id in ids)
                {
                    used.Add((target, id));
                }
            }
        }

        for (var slot = 0; slot < shape.ChildKinds.Length; slot++)
        {
            var childShape = Shapes.Of(shape.ChildKinds[slot]);
            foreach (var child in shape.ChildrenOf(element, slot))
            {
                Collect(childShape, child, used, ids);
            }
        }
    }
}
