using JourneyKit.Diffing;
using JourneyKit.Diffing.Patching;
using JourneyKit.Model.Shapes;

namespace JourneyKit.Tests.Support;

/// <summary>
/// Random edits of a map, the way people revise one: rename (sometimes with a new id), change a text, remove, move to
/// another parent, reorder, and copy an element in under a new id.
/// </summary>
public static class MapEdits
{
    public static JourneyMap Edit(JourneyMap map, int seed, int edits)
    {
        var random = new Random(seed);
        var index = new Dictionary<ElementRef, Node>();
        var root = Node.Of(JourneyKit.Model.Shapes.Shapes.Map, map, null, index);
        for (var e = 0; e < edits; e++)
        {
            var nodes = root.Descendants().ToList();
            if (nodes.Count == 0)
            {
                break;
            }

            var node = nodes[random.Next(nodes.Count)];
            var list = node.Parent!.Children[node.Parent.SlotOf(node)];
            switch (random.Next(6))
            {
                case 0:
                    var name = node.Shape.NameProperty;
                    if (name >= 0)
                    {
                        node.Values[name] = node.Values[name] + " (renamed)";
                    }

                    if (random.Next(2) == 0)
                    {
                        node.Id += "-renamed";
                    }

                    break;
                case 1:
                    var texts = Enumerable.Range(0, node.Shape.PropertyCount).Where(p => node.Values[p] is string).ToList();
                    if (texts.Count > 0)
                    {
                        var p = texts[random.Next(texts.Count)];
                        node.Values[p] = (node.Shape.Codec(p) == TextCodec.Link ? "https://edited.example/" : "edited ") + random.Next(100);
                    }

                    break;
                case 2:
                    list.Remove(node);
                    break;
                case 3:
                    var parents = nodes.Concat([root]).Where(n => n.Shape.SlotOf(node.Shape.Kind) >= 0 && n != node && !node.Descendants().Contains(n)).ToList();
                    var parent = parents[random.Next(parents.Count)];
                    list.Remove(node);
                    var target = parent.Children[parent.SlotOf(node)];
                    target.Insert(random.Next(target.Count + 1), node);
                    node.Parent = parent;
                    break;
                case 4:
                    list.Remove(node);
                    list.Insert(random.Next(list.Count + 1), node);
                    break;
                default:
                    var copy = Node.Of(node.Shape, node.Build(), node.Parent, []);
                    copy.Id = $"new-{e}-{seed}";
                    foreach (var (descendant, i) in copy.Descendants().Select((d, i) => (d, i)))
                    {
                        descendant.Id = $"new-{e}-{seed}-{i}";
                    }

                    list.Insert(random.Next(list.Count + 1), copy);
                    break;
            }
        }

        return Repair(root, index);
    }

    /// <summary>Drops the references the edits left dangling, as a person fixing the map would, so the map stays sound.</summary>
    private static JourneyMap Repair(Node root, Dictionary<ElementRef, Node> index)
    {
        var map = (JourneyMap)root.Build();
        var dangling = JourneyKit.Diffing.Merging.References.Dangling(map).ToList();
        if (dangling.Count == 0)
        {
            return map;
        }

        index.Clear();
        root = Node.Of(JourneyKit.Model.Shapes.Shapes.Map, map, null, index);
        foreach (var (referrer, property, target) in dangling)
        {
            var node = index[referrer];
            var p = node.Shape.PropertyIndex(property);
            node.Values[p] = node.Values[p] switch
            {
                ValueList<string> ids => ValueList.From(ids.Where(id => id != target.Id)),
                ValueList<Emotion> emotions => ValueList.From(emotions.Where(e => e.PersonaId != target.Id)),
                _ when referrer.Kind == ElementKind.Transition => node.Values[p],
                _ => null,
            };
            if (referrer.Kind == ElementKind.Transition)
            {
                root.Children[root.Shape.SlotOf(ElementKind.Transition)].Remove(node);
            }
        }

        return (JourneyMap)root.Build();
    }
}
