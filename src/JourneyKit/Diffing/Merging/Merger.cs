using JourneyKit.Diffing.Patching;
using JourneyKit.Model.Shapes;

namespace JourneyKit.Diffing.Merging;

/// <summary>
/// Three-way merge: both sides are compared with the base, changes made on one side are kept, identical changes on
/// both count once, and changes that cannot both be kept become conflicts that follow the chosen side (ours by default).
/// </summary>
internal sealed class Merger
{
    private const int MaxRounds = 16;

    private readonly Side _ours;
    private readonly Side _theirs;
    private readonly Dictionary<ElementRef, Node> _base;
    private readonly IReadOnlyDictionary<string, ConflictResolution> _choices;
    private readonly List<MergeConflict> _conflicts = [];
    private readonly HashSet<string> _fingerprints = new(StringComparer.Ordinal);
    private readonly HashSet<JourneyChange> _dropped = new(ReferenceEqualityComparer.Instance);

    private Merger(Inputs inputs, IReadOnlyDictionary<string, ConflictResolution> choices)
    {
        _base = inputs.Base;
        _ours = inputs.Ours;
        _theirs = inputs.Theirs;
        _choices = choices;
    }

    public static MergeResult Merge(JourneyMap @base, JourneyMap ours, JourneyMap theirs, DiffOptions? options, IReadOnlyDictionary<string, ConflictResolution> choices) =>
        Merge(new Inputs(@base, ours, theirs, options), choices);

    /// <summary>Merges again with other choices, reusing the comparisons of both sides with the base.</summary>
    public static MergeResult Merge(Inputs inputs, IReadOnlyDictionary<string, ConflictResolution> choices)
    {
        var merger = new Merger(inputs, choices);
        merger.FindConflicts();
        var merged = merger.Apply(inputs.BaseMap);
        for (var round = 0; round < MaxRounds && merger.SettleDanglingReferences(merged); round++)
        {
            merged = merger.Apply(inputs.BaseMap);
        }

        var problems = MapIntegrity.Check(merged);
        if (problems.Count > 0)
        {
            throw new JourneyPatchException(problems);
        }

        return new MergeResult(merged, ValueList.From(merger._conflicts), inputs, choices);
    }

    /// <summary>What a merge learns before any choice is made: the base's elements and each side's changes from it.</summary>
    /// <remarks>Read-only once made, so every resolution of the same merge shares it.</remarks>
    internal sealed class Inputs
    {
        public Inputs(JourneyMap @base, JourneyMap ours, JourneyMap theirs, DiffOptions? options)
        {
            BaseMap = @base;
            Node.Of(Shapes.Map, @base, null, Base);
            Ours = new Side(JourneyDiff.Compare(@base, ours, options).Changes, ours);
            Theirs = new Side(JourneyDiff.Compare(@base, theirs, options).Changes, theirs);
        }

        public JourneyMap BaseMap { get; }

        public Dictionary<ElementRef, Node> Base { get; } = [];

        public Side Ours { get; }

        public Side Theirs { get; }
    }

    private JourneyMap Apply(JourneyMap @base)
    {
        while (DropDependents(_ours) | DropDependents(_theirs))
        {
        }

        var changes = _ours.Changes.Concat(_theirs.Changes).Where(c => !_dropped.Contains(c)).ToList();
        return FollowRenames(Patcher.Merge(@base, changes, change => (_ours.Owns(change) ? _ours : _theirs).NeighboursBefore(change)), changes);
    }

    /// <summary>
    /// Drops the changes of one side that cannot stand without a change of that side already dropped: whatever goes into
    /// an element whose addition or new id was dropped, and the removal of a parent a dropped move would have emptied.
    /// </summary>
    private bool DropDependents(Side side)
    {
        var missing = side.Changes
            .Where(c => _dropped.Contains(c) && (c.Kind == ChangeKind.Added || (c.Kind == ChangeKind.Renamed && c.PreviousId is not null)))
            .Select(c => new ElementRef(c.ElementKind, c.ElementId))
            .ToHashSet();
        var dropped = false;
        foreach (var change in side.Changes.Where(c => !_dropped.Contains(c)))
        {
            if (change.Kind is ChangeKind.Added or ChangeKind.Moved or ChangeKind.Reordered && change.ToParent is { } parent && side.IsInOrUnder(parent, missing))
            {
                dropped |= _dropped.Add(change);
            }
        }

        foreach (var move in side.Changes.Where(c => c.Kind == ChangeKind.Moved && _dropped.Contains(c)))
        {
            if (RemovalOfSelfOrAncestor(move.FromParent!.Value, side) is { } removal)
            {
                dropped |= _dropped.Add(removal);
            }
        }

        return dropped;
    }

    /// <summary>Points references made on one side at the new ids the other side gave the same elements.</summary>
    private static JourneyMap FollowRenames(JourneyMap merged, List<JourneyChange> changes)
    {
        var dangling = References.Dangling(merged).ToList();
        if (dangling.Count == 0)
        {
            return merged;
        }

        var newIds = changes
            .Where(c => c.Kind == ChangeKind.Renamed && c.PreviousId is not null)
            .GroupBy(c => new ElementRef(c.ElementKind, c.PreviousId!))
            .ToDictionary(g => g.Key, g => g.First().ElementId);
        var index = new Dictionary<ElementRef, Node>();
        var root = Node.Of(Shapes.Map, merged, null, index);
        var followed = false;
        foreach (var (referrer, property, target) in dangling)
        {
            if (!newIds.TryGetValue(target, out var newId) || !index.TryGetValue(referrer, out var node))
            {
                continue;
            }

            var p = node.Shape.PropertyIndex(property);
            node.Values[p] = node.Values[p] switch
            {
                string => newId,
                ValueList<string> ids => ValueList.From(ids.Select(id => id == target.Id ? newId : id)),
                ValueList<Emotion> emotions => ValueList.From(emotions.Select(e => e.PersonaId == target.Id ? new Emotion(e.Score, e.Label, newId) : e)),
                var other => other,
            };
            followed = true;
        }

        return followed ? (JourneyMap)root.Build() : merged;
    }

    private void FindConflicts()
    {
        foreach (var (mine, yours) in _ours.BySubject.Keys.Where(_theirs.BySubject.ContainsKey).SelectMany(key => Pairs(key)))
        {
            CompareSameElement(mine, yours);
        }

        FindChangesUnderRemovals(_ours, _theirs);
        FindChangesUnderRemovals(_theirs, _ours);
        FindIdsTakenTwice();
    }

    /// <summary>Finds ids that both sides gave to different new elements, by adding them or by renaming.</summary>
    private void FindIdsTakenTwice()
    {
        var theirs = _theirs.NewIds(_dropped);
        foreach (var (id, mine) in _ours.NewIds(_dropped))
        {
            if (theirs.TryGetValue(id, out var yours))
            {
                Conflict(ConflictKind.SameIdAddedDifferently, mine, yours);
            }
        }
    }

    private IEnumerable<(JourneyChange Ours, JourneyChange Theirs)> Pairs(ElementRef key) =>
        _ours.BySubject[key].SelectMany(mine => _theirs.BySubject[key].Select(yours => (mine, yours)));

    private void CompareSameElement(JourneyChange mine, JourneyChange yours)
    {
        switch (mine.Kind, yours.Kind)
        {
            case (ChangeKind.Added, ChangeKind.Added):
                if (Equals(mine.After, yours.After) && mine.ToParent == yours.ToParent)
                {
                    _dropped.Add(yours);
                }
                else
                {
                    Conflict(ConflictKind.SameIdAddedDifferently, mine, yours);
                }

                break;
            case (ChangeKind.PropertyChanged or ChangeKind.Renamed, ChangeKind.PropertyChanged or ChangeKind.Renamed) when mine.Property == yours.Property:
                if (Equals(mine.After, yours.After) && mine.ElementId == yours.ElementId)
                {
                    _dropped.Add(yours);
                }
                else
                {
                    Conflict(ConflictKind.PropertyChangedDifferently, mine, yours);
                }

                break;
            case (ChangeKind.Renamed, ChangeKind.Renamed) or (ChangeKind.Renamed, ChangeKind.PropertyChanged) or (ChangeKind.PropertyChanged, ChangeKind.Renamed)
                when mine.ElementId != yours.ElementId && mine.Kind != yours.Kind:
                Conflict(ConflictKind.PropertyChangedDifferently, mine, yours);
                break;
            case (ChangeKind.Moved, ChangeKind.Moved):
                if (mine.ToParent == yours.ToParent)
                {
                    _dropped.Add(yours);
                }
                else
                {
                    Conflict(ConflictKind.MovedToDifferentParents, mine, yours);
                }

                break;
            case (ChangeKind.Moved, ChangeKind.Reordered) or (ChangeKind.Reordered, ChangeKind.Moved):
                Conflict(ConflictKind.MovedToDifferentParents, mine, yours);
                break;
            case (ChangeKind.Reordered, ChangeKind.Reordered):
                if (Nearest(_ours.NeighboursBefore(mine)) == Nearest(_theirs.NeighboursBefore(yours)))
                {
                    _dropped.Add(yours);
                }
                else
                {
                    Conflict(ConflictKind.ReorderedDifferently, mine, yours);
                }

                break;
            case (ChangeKind.Removed, ChangeKind.Removed):
                _dropped.Add(yours);
                break;
        }
    }

    private static string? Nearest(IEnumerable<string> neighbours) => neighbours.FirstOrDefault();

    /// <summary>Finds changes on one side to elements the other side removed, directly or with something that holds them.</summary>
    private void FindChangesUnderRemovals(Side changing, Side removing)
    {
        if (removing.Removals.Count == 0)
        {
            return;
        }

        foreach (var change in changing.Changes)
        {
            if (change.Kind != ChangeKind.Added && change.Kind != ChangeKind.Removed
                && RemovalOfSelfOrAncestor(new ElementRef(change.ElementKind, change.PreviousId ?? change.ElementId), removing, stopAtMoves: true) is { } removal)
            {
                Conflict(change.Kind == ChangeKind.Moved ? ConflictKind.MovedAndRemoved : ConflictKind.ModifiedAndRemoved, changing, change, removal);
            }

            if (change.Kind is ChangeKind.Added or ChangeKind.Moved && change.ToParent is { } parent
                && RemovalOfSelfOrAncestor(changing.BaseRef(parent), removing, stopAtMoves: true) is { } parentRemoval)
            {
                Conflict(ConflictKind.AddedUnderRemovedParent, changing, change, parentRemoval);
            }
        }
    }

    /// <summary>
    /// Finds the removal, on one side, of an element or of something that holds it in the base. With
    /// <paramref name="stopAtMoves"/>, an element that side moved out first is not under the removal.
    /// </summary>
    private JourneyChange? RemovalOfSelfOrAncestor(ElementRef element, Side removing, bool stopAtMoves = false)
    {
        for (var node = _base.GetValueOrDefault(element); node?.Parent is not null; node = node.Parent)
        {
            if (removing.Removals.TryGetValue(node.Ref, out var removal))
            {
                return removal;
            }

            if (stopAtMoves && removing.MovedOut.Contains(node.Ref))
            {
                return null;
            }
        }

        return null;
    }

    private void Conflict(ConflictKind kind, Side side, JourneyChange change, JourneyChange other)
    {
        if (side == _ours)
        {
            Conflict(kind, change, other);
        }
        else
        {
            Conflict(kind, other, change);
        }
    }

    private void Conflict(ConflictKind kind, JourneyChange? mine, JourneyChange? yours)
    {
        var fingerprint = MergeConflict.FingerprintOf(kind, mine, yours);
        if (!_fingerprints.Add(fingerprint))
        {
            return;
        }

        var chosen = _choices.TryGetValue(fingerprint, out var resolution);
        var loser = chosen && resolution == ConflictResolution.Theirs ? mine : yours;
        if (loser is not null)
        {
            _dropped.Add(loser);
        }

        _conflicts.Add(new MergeConflict(kind, mine, yours, chosen ? resolution : ConflictResolution.Ours, chosen));
    }

    /// <summary>Turns references to removed elements into conflicts; returns whether anything changed, so the merge runs again.</summary>
    private bool SettleDanglingReferences(JourneyMap merged)
    {
        var settled = false;
        foreach (var (referrer, property, target) in References.Dangling(merged))
        {
            var (removing, removal) = RemovalOfSelfOrAncestor(target, _ours) is { } ours ? (_ours, ours)
                : RemovalOfSelfOrAncestor(target, _theirs) is { } theirs ? (_theirs, theirs)
                : (null, null);
            if (removing is null || removal is null || _dropped.Contains(removal))
            {
                continue;
            }

            var referring = removing == _ours ? _theirs : _ours;
            var cause = referring.ChangeThatRefers(referrer, property);
            if (cause is null || _dropped.Contains(cause))
            {
                // The reference cannot be taken back alone, so the element it needs stays.
                _dropped.Add(removal);
                Conflict(ConflictKind.DanglingReference, removing == _ours ? removal : null, removing == _ours ? null : removal);
            }
            else
            {
                Conflict(ConflictKind.DanglingReference, referring, cause, removal);
            }

            settled = true;
        }

        return settled;
    }

    /// <summary>One side of the merge: its changes from the base and its own map, for neighbours and added elements.</summary>
    internal sealed class Side
    {
        private readonly HashSet<JourneyChange> _own = new(ReferenceEqualityComparer.Instance);
        private readonly Dictionary<ElementRef, Node> _index = [];
        private readonly Dictionary<ElementRef, string> _previousIds = [];
        private readonly Dictionary<(ElementRef Element, string Property), JourneyChange> _propertyChanges = [];
        private readonly Dictionary<ElementRef, JourneyChange> _placements = [];
        private readonly Dictionary<Node, int> _positions;

        public Side(ValueList<JourneyChange> changes, JourneyMap map)
        {
            Changes = changes;
            _positions = Node.Positions(Node.Of(Shapes.Map, map, null, _index), _index);

            foreach (var change in changes)
            {
                _own.Add(change);
                var key = new ElementRef(change.ElementKind, change.PreviousId ?? change.ElementId);
                if (!BySubject.TryGetValue(key, out var list))
                {
                    BySubject[key] = list = [];
                }

                list.Add(change);
                if (change.Kind == ChangeKind.Removed)
                {
                    Removals[key] = change;
                }

                if (change.Kind == ChangeKind.Moved)
                {
                    MovedOut.Add(key);
                }

                if (change.Kind == ChangeKind.PropertyChanged)
                {
                    _propertyChanges.TryAdd((new ElementRef(change.ElementKind, change.ElementId), change.Property ?? ""), change);
                }
                else if (change.Kind is ChangeKind.Added or ChangeKind.Moved)
                {
                    _placements.TryAdd(new ElementRef(change.ElementKind, change.ElementId), change);
                }

                if (change.PreviousId is not null && change.Kind != ChangeKind.Removed)
                {
                    _previousIds[new ElementRef(change.ElementKind, change.ElementId)] = change.PreviousId;
                }
            }
        }

        public ValueList<JourneyChange> Changes { get; }

        public Dictionary<ElementRef, List<JourneyChange>> BySubject { get; } = [];

        public Dictionary<ElementRef, JourneyChange> Removals { get; } = [];

        /// <summary>Gets the elements, by their ids in the base, that this side moved to another parent.</summary>
        public HashSet<ElementRef> MovedOut { get; } = [];

        public bool Owns(JourneyChange change) => _own.Contains(change);

        /// <summary>Returns an element's ref as it was in the base, undoing this side's id changes.</summary>
        public ElementRef BaseRef(ElementRef element) =>
            _previousIds.TryGetValue(element, out var id) ? new ElementRef(element.Kind, id) : element;

        /// <summary>Returns the ids this side's kept changes give to elements, with the change that gives each.</summary>
        public Dictionary<ElementRef, JourneyChange> NewIds(HashSet<JourneyChange> dropped)
        {
            var ids = new Dictionary<ElementRef, JourneyChange>();
            foreach (var change in Changes.Where(c => !dropped.Contains(c)))
            {
                if (change.Kind == ChangeKind.Renamed && change.PreviousId is not null)
                {
                    ids.TryAdd(new ElementRef(change.ElementKind, change.ElementId), change);
                }
                else if (change.Kind == ChangeKind.Added && change.After is { } element)
                {
                    var added = new Dictionary<ElementRef, Node>();
                    var node = Node.Of(Shapes.Of(change.ElementKind), element, null, added);
                    ids.TryAdd(node.Ref, change);
                    foreach (var descendant in node.Descendants())
                    {
                        ids.TryAdd(descendant.Ref, change);
                    }
                }
            }

            return ids;
        }

        /// <summary>Returns whether an element of this side's map is one of some elements or inside one of them.</summary>
        public bool IsInOrUnder(ElementRef element, HashSet<ElementRef> elements)
        {
            for (var node = _index.GetValueOrDefault(element); node is not null; node = node.Parent)
            {
                if (node.Parent is not null && elements.Contains(node.Ref))
                {
                    return true;
                }
            }

            return elements.Contains(element);
        }

        /// <summary>Returns the ids of the elements before a placed element in this side's list, nearest first, as they are asked for.</summary>
        public IEnumerable<string> NeighboursBefore(JourneyChange change)
        {
            if (!_index.TryGetValue(new ElementRef(change.ElementKind, change.ElementId), out var node) || node.Parent is null)
            {
                yield break;
            }

            var list = node.Parent.Children[node.Parent.SlotOf(node)];
            for (var i = _positions[node] - 1; i >= 0; i--)
            {
                yield return list[i].Id;
            }
        }

        /// <summary>Finds the change of this side that made an element refer to something: a changed reference or an added element.</summary>
        public JourneyChange? ChangeThatRefers(ElementRef referrer, string property)
        {
            if (_propertyChanges.TryGetValue((referrer, property), out var changed))
            {
                return changed;
            }

            for (var node = _index.GetValueOrDefault(referrer); node?.Parent is not null; node = node.Parent)
            {
                if (_placements.TryGetValue(node.Ref, out var placed))
                {
                    return placed;
                }
            }

            return null;
        }
    }
}
