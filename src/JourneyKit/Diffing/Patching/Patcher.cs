using System.Globalization;
using JourneyKit.Model.Shapes;

namespace JourneyKit.Diffing.Patching;

/// <summary>
/// Applies changes to a changeable copy of a map in a fixed order, whatever the order of the changes: take out what
/// moves or goes, set properties and ids, make what is new, then place what moved or is new.
/// </summary>
/// <remarks>
/// Strict mode (<see cref="JourneyDiff.Apply"/>) checks every change's precondition against the map first and places
/// elements at their recorded positions. Merge mode trusts the caller to have found conflicts and places each element
/// after the nearest of its former neighbours that is still there, because positions from two sides do not add up.
/// </remarks>
internal sealed class Patcher
{
    private readonly Node _root;
    private readonly Dictionary<ElementRef, Node> _index = [];
    private readonly List<PatchDrift> _drift = [];
    private readonly HashSet<Node> _gone = [];
    private Dictionary<Node, int>? _positions;

    private Patcher(JourneyMap map) => _root = Node.Of(Shapes.Map, map, null, _index);

    /// <summary>
    /// Applies changes exactly, or reports every change that does not fit; a result that breaks a rule of the model
    /// (<see cref="MapIntegrity"/>) is reported as problems instead of returned.
    /// </summary>
    public static (JourneyMap? Map, List<PatchDrift> Drift, List<Building.BuildProblem> Problems) Apply(JourneyMap map, IReadOnlyList<JourneyChange> changes)
    {
        var patcher = new Patcher(map);
        patcher.Check(changes);
        if (patcher._drift.Count > 0)
        {
            return (null, patcher._drift, []);
        }

        patcher.Change(changes, (parent, slot, placed) => patcher.PlaceByIndex(parent, slot, placed));
        if (patcher._drift.Count > 0)
        {
            return (null, patcher._drift, []);
        }

        var result = (JourneyMap)patcher._root.Build();
        var problems = MapIntegrity.Check(result);
        return (problems.Count == 0 ? result : null, patcher._drift, problems);
    }

    /// <summary>Applies changes from two sides of a merge, placing each element after its nearest former neighbour.</summary>
    /// <param name="map">The common base.</param>
    /// <param name="changes">The changes to make; conflicts are already settled.</param>
    /// <param name="neighbours">For a placed change, the ids of the elements before it in its side's list, nearest first.</param>
    public static JourneyMap Merge(JourneyMap map, IReadOnlyList<JourneyChange> changes, Func<JourneyChange, IEnumerable<string>> neighbours)
    {
        var patcher = new Patcher(map);
        patcher.Change(changes, (parent, slot, placed) => PlaceAfterNeighbours(parent, slot, placed, neighbours));
        return patcher._drift.Count == 0
            ? (JourneyMap)patcher._root.Build()
            : throw new InvalidOperationException("The merge left changes it could not make: " + string.Join("; ", patcher._drift));
    }

    private Node? Find(ElementKind kind, string id) => kind == ElementKind.Map ? _root : _index.GetValueOrDefault(new ElementRef(kind, id));

    private Node? Subject(JourneyChange change) => Find(change.ElementKind, change.PreviousId ?? change.ElementId);

    private void Check(IReadOnlyList<JourneyChange> changes)
    {
        var leaving = changes
            .Where(c => c.Kind == ChangeKind.Moved && c.ElementKind != ElementKind.Map)
            .Select(Subject)
            .OfType<Node>()
            .ToHashSet();
        var vacated = changes
            .Where(c => c.Kind == ChangeKind.Removed || (c.Kind == ChangeKind.Renamed && c.PreviousId is not null))
            .Select(c => new ElementRef(c.ElementKind, c.PreviousId ?? c.ElementId))
            .ToHashSet();

        var changed = new HashSet<(ElementRef Subject, string What)>();
        foreach (var change in changes)
        {
            if (!changed.Add((new ElementRef(change.ElementKind, change.PreviousId ?? change.ElementId), WhatChanges(change))))
            {
                Drift(change, change.Kind == ChangeKind.Added
                    ? $"the diff adds {ElementKinds.WithArticle(change.ElementKind)} with id '{change.ElementId}' twice"
                    : $"the diff changes {WhatChanges(change)} of {ElementKinds.WithArticle(change.ElementKind)} '{change.PreviousId ?? change.ElementId}' twice");
                continue;
            }

            if (change.Kind is ChangeKind.Added or ChangeKind.Moved or ChangeKind.Reordered && (change.ToParent is null || change.ToIndex is null))
            {
                Drift(change, "the change does not say where the element goes ('to' is missing)");
                continue;
            }

            if (change.Kind is ChangeKind.Removed or ChangeKind.Moved or ChangeKind.Reordered && change.ElementKind == ElementKind.Map)
            {
                Drift(change, "the map itself cannot be removed, moved or reordered");
                continue;
            }

            if (change.Kind == ChangeKind.Added)
            {
                if (_index.ContainsKey(new ElementRef(change.ElementKind, change.ElementId)) && !vacated.Contains(new ElementRef(change.ElementKind, change.ElementId)))
                {
                    Drift(change, $"the map already has {ElementKinds.WithArticle(change.ElementKind)} with id '{change.ElementId}'");
                }

                continue;
            }

            var node = Subject(change);
            if (node is null)
            {
                Drift(change, $"the map has no {ElementKinds.ReadableWord(change.ElementKind)} with id '{change.PreviousId ?? change.ElementId}'");
                continue;
            }

            switch (change.Kind)
            {
                case ChangeKind.Removed:
                    CheckPlace(change, node);
                    if (!Equals(node.Build(leaving), change.Before))
                    {
                        Drift(change, "the element was changed since the diff was made");
                    }

                    break;
                case ChangeKind.Moved or ChangeKind.Reordered:
                    CheckPlace(change, node);
                    break;
                case ChangeKind.Renamed when change.Property is null:
                    break;
                default:
                    var property = node.Shape.PropertyIndex(change.Property ?? "");
                    if (property < 0)
                    {
                        Drift(change, $"{ElementKinds.WithArticle(change.ElementKind)} has no property '{change.Property}'");
                    }
                    else if (!Equals(node.Values[property], change.Before))
                    {
                        Drift(change, $"{change.Property} is {node.Shape.Codec(property).Show(node.Values[property])}, not {node.Shape.Codec(property).Show(change.Before)}");
                    }

                    break;
            }
        }
    }

    /// <summary>Names the part of an element a change sets, so that a diff setting one part twice is caught.</summary>
    private static string WhatChanges(JourneyChange change) => change.Kind switch
    {
        ChangeKind.Added => "the element",
        ChangeKind.Removed or ChangeKind.Moved or ChangeKind.Reordered => "the place",
        ChangeKind.Renamed when change.Property is null => "the id",
        _ => change.Property ?? "",
    };

    private void CheckPlace(JourneyChange change, Node node)
    {
        // The map itself, the one element without a parent, was refused before this check.
        var parent = node.Parent!;

        if (change.FromParent is not { } from || from.Kind != parent.Shape.Kind || (from.Kind != ElementKind.Map && from.Id != parent.Id))
        {
            Drift(change, $"the element is in {(parent.Parent is null ? "the map" : parent.Ref.ToString())}, not {change.FromParent?.ToString() ?? "nowhere"}");
        }
        else if (change.FromIndex != PositionOf(node))
        {
            Drift(change, string.Create(CultureInfo.InvariantCulture, $"the element is at position {PositionOf(node) + 1}, not {change.FromIndex + 1}"));
        }
    }

    /// <summary>Gives an element's position in its parent's list, from positions taken once for the whole map before anything changes.</summary>
    private int PositionOf(Node node)
    {
        _positions ??= Node.Positions(_root, _index);
        return _positions.GetValueOrDefault(node, -1);
    }

    private void Change(IReadOnlyList<JourneyChange> changes, Action<Node, int, List<(Node Node, JourneyChange Change)>> place)
    {
        // Every change names its element as it was before any change, so all are looked up before anything changes.
        var subjects = new Dictionary<JourneyChange, Node?>(ReferenceEqualityComparer.Instance);
        foreach (var change in changes)
        {
            subjects[change] = change.Kind == ChangeKind.Added ? null : Subject(change);
        }

        var before = new Dictionary<ElementRef, Node>(_index);
        var going = changes
            .Where(c => c.Kind is ChangeKind.Removed or ChangeKind.Moved or ChangeKind.Reordered && subjects[c]?.Parent is not null)
            .ToList();
        var leaving = going.Select(c => subjects[c]!).ToHashSet();
        foreach (var change in going.Where(c => c.Kind == ChangeKind.Removed))
        {
            Unindex(subjects[change]!, leaving);
        }

        foreach (var list in leaving.Select(node => node.Parent!.Children[node.Parent.SlotOf(node)]).Distinct())
        {
            list.RemoveAll(leaving.Contains);
        }

        var renamed = new List<(Node Node, string Id)>();
        foreach (var change in changes.Where(c => c.Kind is ChangeKind.Renamed or ChangeKind.PropertyChanged))
        {
            if (subjects[change] is not { } node)
            {
                continue;
            }

            var property = node.Shape.PropertyIndex(change.Property ?? "");
            if (property >= 0)
            {
                node.Values[property] = change.After;
            }

            if (change.Kind == ChangeKind.Renamed && change.ElementId != node.Id)
            {
                renamed.Add((node, change.ElementId));
            }
        }

        foreach (var (node, _) in renamed)
        {
            if (_index.TryGetValue(node.Ref, out var indexed) && indexed == node)
            {
                _index.Remove(node.Ref);
            }
        }

        foreach (var (node, id) in renamed)
        {
            node.Id = id;
            if (node.Parent is not null)
            {
                _index[node.Ref] = node;
            }
        }

        var placed = new List<(Node Node, JourneyChange Change)>();
        foreach (var change in changes)
        {
            switch (change.Kind)
            {
                case ChangeKind.Added when change.After is not null:
                    placed.Add((Node.Of(Shapes.Of(change.ElementKind), change.After, _root, _index), change));
                    break;
                case ChangeKind.Moved or ChangeKind.Reordered when subjects[change] is { } node:
                    placed.Add((node, change));
                    break;
            }
        }

        foreach (var group in placed.GroupBy(p => (p.Change.ToParent!.Value.Kind, p.Change.ToParent.Value.Id, p.Node.Shape.Kind)))
        {
            var (kind, id, childKind) = group.Key;
            var parent = Find(kind, id) ?? before.GetValueOrDefault(new ElementRef(kind, id));
            if (parent is not null && _gone.Contains(parent))
            {
                parent = null;
            }

            var slot = parent?.Shape.SlotOf(childKind) ?? -1;
            if (parent is null || slot < 0)
            {
                foreach (var (_, change) in group)
                {
                    Drift(change, $"the map has no {ElementKinds.ReadableWord(kind)} with id '{id}' to hold it");
                }

                continue;
            }

            foreach (var (node, _) in group)
            {
                node.Parent = parent;
            }

            place(parent, slot, [.. group]);
        }
    }

    /// <summary>Forgets a removed element and what it holds, except what moves elsewhere.</summary>
    private void Unindex(Node node, HashSet<Node> leaving)
    {
        _index.Remove(node.Ref);
        _gone.Add(node);
        foreach (var child in node.Children.SelectMany(list => list).Where(c => !leaving.Contains(c)))
        {
            Unindex(child, leaving);
        }
    }

    private void PlaceByIndex(Node parent, int slot, List<(Node Node, JourneyChange Change)> placed)
    {
        var staying = parent.Children[slot];
        var final = new Node?[staying.Count + placed.Count];
        foreach (var (node, change) in placed)
        {
            if (change.ToIndex is not { } index || index < 0 || index >= final.Length || final[index] is not null)
            {
                Drift(change, string.Create(CultureInfo.InvariantCulture, $"position {change.ToIndex + 1} does not exist or is taken in a list of {final.Length}"));
                return;
            }

            final[index] = node;
        }

        var next = 0;
        for (var i = 0; i < final.Length; i++)
        {
            final[i] ??= staying[next++];
        }

        staying.Clear();
        staying.AddRange(final!);
    }

    private static void PlaceAfterNeighbours(
        Node parent, int slot, List<(Node Node, JourneyChange Change)> placed, Func<JourneyChange, IEnumerable<string>> neighbours)
    {
        var list = parent.Children[slot];
        var order = new LinkedList<Node>(list);
        var byId = new Dictionary<string, LinkedListNode<Node>>(StringComparer.Ordinal);
        for (var item = order.First; item is not null; item = item.Next)
        {
            byId.TryAdd(item.Value.Id, item);
        }

        foreach (var (node, change) in placed.OrderBy(p => p.Change.ToIndex))
        {
            LinkedListNode<Node>? after = null;
            foreach (var id in neighbours(change))
            {
                if (byId.TryGetValue(id, out after))
                {
                    break;
                }
            }

            byId.TryAdd(node.Id, after is null ? order.AddFirst(node) : order.AddAfter(after, node));
        }

        list.Clear();
        list.AddRange(order);
    }

    private void Drift(JourneyChange change, string reason) => _drift.Add(new PatchDrift(change, reason));
}
