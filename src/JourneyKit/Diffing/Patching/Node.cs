using JourneyKit.Model.Shapes;

namespace JourneyKit.Diffing.Patching;

/// <summary>A changeable copy of one element while a diff is applied; the immutable model is rebuilt from it at the end.</summary>
internal sealed class Node
{
    private Node(ElementShape shape, string id, object?[] values)
    {
        Shape = shape;
        Id = id;
        Values = values;
        Children = new List<Node>[shape.ChildKinds.Length];
    }

    public ElementShape Shape { get; }

    public string Id { get; set; }

    public object?[] Values { get; }

    public List<Node>[] Children { get; }

    public Node? Parent { get; set; }

    public ElementRef Ref => new(Shape.Kind, Id);

    public static Node Of(ElementShape shape, object element, Node? parent, Dictionary<ElementRef, Node> index)
    {
        var node = new Node(shape, shape.IdOf(element), shape.Values(element)) { Parent = parent };
        for (var slot = 0; slot < node.Children.Length; slot++)
        {
            var childShape = Shapes.Of(shape.ChildKinds[slot]);
            var children = shape.ChildrenOf(element, slot);
            var list = new List<Node>(children.Length);
            foreach (var child in children)
            {
                list.Add(Of(childShape, child, node, index));
            }

            node.Children[slot] = list;
        }

        if (parent is not null)
        {
            index[node.Ref] = node;
        }

        return node;
    }

    public int SlotOf(Node child) => Shape.SlotOf(child.Shape.Kind);

    /// <summary>Gives the position of every element in its parent's list, taken once for a whole map.</summary>
    /// <param name="root">The map's node.</param>
    /// <param name="index">Every other node of the map, by its ref.</param>
    public static Dictionary<Node, int> Positions(Node root, Dictionary<ElementRef, Node> index)
    {
        var positions = new Dictionary<Node, int>(index.Count, ReferenceEqualityComparer.Instance);
        foreach (var node in index.Values.Append(root))
        {
            foreach (var list in node.Children)
            {
                for (var i = 0; i < list.Count; i++)
                {
                    positions[list[i]] = i;
                }
            }
        }

        return positions;
    }

    public IEnumerable<Node> Descendants()
    {
        foreach (var list in Children)
        {
            foreach (var child in list)
            {
                yield return child;
                foreach (var descendant in child.Descendants())
                {
                    yield return descendant;
                }
            }
        }
    }

    public object Build(IReadOnlySet<Node>? leaveOut = null)
    {
        var children = new object[Children.Length][];
        for (var slot = 0; slot < children.Length; slot++)
        {
            children[slot] = [.. Children[slot].Where(c => leaveOut is null || !leaveOut.Contains(c)).Select(c => c.Build(leaveOut))];
        }

        return Shape.Create(Id, Values, children);
    }
}
