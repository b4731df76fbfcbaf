using System.Runtime.CompilerServices;
using JourneyKit.Model.Shapes;

namespace JourneyKit.Diffing.Comparing;

/// <summary>
/// Compares two revisions of a map. Child lists are lined up by id from both ends; whatever does not line up becomes a
/// candidate, matched by id across the whole map (so moves are found), then by similarity when ids changed. Elements
/// that line up cost no allocation, so the work is one walk over both maps plus work in proportion to the changes.
/// </summary>
internal sealed class Differ
{
    private const int MaxDepth = 8;
    /// <summary>The most elements of one parent, or of one name, that a leftover element is scored against.</summary>
    private const int MaxPairsPerParent = 1_000;

    private readonly DiffOptions _options;
    private readonly TextRule _text;
    private readonly bool[] _ignoredKinds;
    private readonly bool[][] _ignoredProperties;
    private readonly bool[] _exactKinds;
    private readonly bool _plainSteps;
    private readonly List<JourneyChange> _changes = [];
    private readonly List<Candidate> _before = [];
    private readonly List<Candidate> _after = [];
    private readonly Dictionary<ElementRef, Candidate> _beforeByKey = [];
    private readonly Dictionary<ElementRef, Candidate> _afterByKey = [];
    private readonly Queue<Candidate> _matched = [];
    private readonly Dictionary<ElementRef, string> _newIds = [];
    private readonly (ElementShape Shape, object Element)[] _frames = new (ElementShape, object)[MaxDepth];
    private readonly Trail?[] _trails = new Trail?[MaxDepth];

    private Differ(DiffOptions options)
    {
        _options = options;
        var attention = Attention.For(options);
        _text = attention.Text;
        _ignoredKinds = attention.IgnoredKinds;
        _ignoredProperties = attention.IgnoredProperties;
        _exactKinds = attention.ExactKinds;
        _plainSteps = attention.PlainSteps;
    }

    public static ValueList<JourneyChange> Compare(JourneyMap before, JourneyMap after, DiffOptions options)
    {
        var differ = new Differ(options);
        differ.Push(0, Shapes.Map, after);
        differ.ComparePair(Shapes.Map, before, after, 0, before.Id == after.Id ? null : before.Id, 1, walkChildren: true);
        differ.MatchCandidates();
        differ.MatchBySimilarity();
        differ.Classify();
        return ValueList.From(differ._changes);
    }

    private void Push(int depth, ElementShape shape, object element)
    {
        _frames[depth] = (shape, element);
        _trails[depth] = null;
    }

    private Trail TrailAt(int depth) =>
        _trails[depth] ??= new Trail(_frames[depth].Shape, _frames[depth].Element, depth == 0 ? null : TrailAt(depth - 1));

    private int Load(Trail trail)
    {
        var depth = 0;
        for (var t = trail.Parent; t is not null; t = t.Parent)
        {
            depth++;
        }

        for (var (t, d) = (trail, depth); t is not null; t = t.Parent, d--)
        {
            _frames[d] = (t.Shape, t.Element);
            _trails[d] = t;
        }

        return depth;
    }

    private void ComparePair(ElementShape shape, object before, object after, int depth, string? previousId, double confidence, bool walkChildren)
    {
        CompareProperties(shape, before, after, depth, previousId, confidence);
        if (walkChildren)
        {
            CompareChildren(shape, before, after, depth);
        }
    }

    private void CompareChildren(ElementShape shape, object before, object after, int depth)
    {
        if (!shape.HasChildren(before) && !shape.HasChildren(after))
        {
            return;
        }

        for (var slot = 0; slot < shape.ChildKinds.Length; slot++)
        {
            var kind = shape.ChildKinds[slot];
            if (_ignoredKinds[(int)kind])
            {
                continue;
            }

            var childShape = Shapes.Of(kind);
            var olds = shape.ChildrenOf(before, slot);
            var news = shape.ChildrenOf(after, slot);
            var (prefix, suffix) = LineUp(childShape, olds, news);
            CompareLinedUp(childShape, olds, news, 0, 0, prefix, depth + 1);
            if (prefix + suffix < olds.Length || prefix + suffix < news.Length)
            {
                var trail = TrailAt(depth);
                var beforeParent = new ElementRef(shape.Kind, shape.IdOf(before));
                var afterParent = new ElementRef(shape.Kind, shape.IdOf(after));
                for (var i = prefix; i < olds.Length - suffix; i++)
                {
                    AddBefore(new Candidate(childShape, olds[i], beforeParent, olds, i, trail, null));
                }

                for (var i = prefix; i < news.Length - suffix; i++)
                {
                    AddAfter(new Candidate(childShape, news[i], afterParent, news, i, trail, null));
                }
            }

            CompareLinedUp(childShape, olds, news, olds.Length - suffix, news.Length - suffix, suffix, depth + 1);
        }
    }

    /// <summary>Returns how many elements at the start and at the end of two lists have the same ids, in the same places.</summary>
    private static (int Prefix, int Suffix) LineUp(ElementShape shape, object[] olds, object[] news)
    {
        var shorter = Math.Min(olds.Length, news.Length);
        int prefix = 0, suffix = 0;
        if (shape == Shapes.Step)
        {
            // Steps are most of a map: their ids are read directly. The lists are the model's own Step arrays.
            while (prefix < shorter && Unsafe.As<Step>(olds[prefix]).Id == Unsafe.As<Step>(news[prefix]).Id)
            {
                prefix++;
            }

            while (suffix < shorter - prefix && Unsafe.As<Step>(olds[^(suffix + 1)]).Id == Unsafe.As<Step>(news[^(suffix + 1)]).Id)
            {
                suffix++;
            }

            return (prefix, suffix);
        }

        while (prefix < shorter && shape.SameId(olds[prefix], news[prefix]))
        {
            prefix++;
        }

        while (suffix < shorter - prefix && shape.SameId(olds[^(suffix + 1)], news[^(suffix + 1)]))
        {
            suffix++;
        }

        return (prefix, suffix);
    }

    /// <summary>Compares a run of elements that line up by position and id; unchanged steps without children cost one check.</summary>
    private void CompareLinedUp(ElementShape shape, object[] olds, object[] news, int oldStart, int newStart, int count, int depth)
    {
        var steps = shape == Shapes.Step && _exactKinds[(int)ElementKind.Step];
        for (var i = 0; i < count; i++)
        {
            var (before, after) = (olds[oldStart + i], news[newStart + i]);
            var same = steps && Shapes.SameStep(Unsafe.As<Step>(before), Unsafe.As<Step>(after));
            if (same && ((!Shapes.HoldsAnything(Unsafe.As<Step>(before)) && !Shapes.HoldsAnything(Unsafe.As<Step>(after)))
                || (_plainSteps && Shapes.SameChildren(Unsafe.As<Step>(before), Unsafe.As<Step>(after)))))
            {
                continue;
            }

            Push(depth, shape, after);
            if (!same)
            {
                CompareProperties(shape, before, after, depth, null, 1);
            }

            CompareChildren(shape, before, after, depth);
        }
    }

    private void CompareProperties(ElementShape shape, object before, object after, int depth, string? previousId, double confidence)
    {
        if (previousId is null && _exactKinds[(int)shape.Kind] && shape.AllSame(before, after))
        {
            return;
        }

        var ignored = _ignoredProperties[(int)shape.Kind];
        var renamed = false;
        for (var p = 0; p < shape.PropertyCount; p++)
        {
            if (ignored[p] || shape.Same(before, after, p, _text))
            {
                continue;
            }

            var kind = p == shape.NameProperty ? ChangeKind.Renamed : ChangeKind.PropertyChanged;
            renamed |= kind == ChangeKind.Renamed;
            Emit(kind, TrailAt(depth), shape.PropertyName(p), shape.Get(before, p), shape.Get(after, p), previousId, confidence);
        }

        if (previousId is not null && !renamed)
        {
            var name = shape.NameProperty;
            Emit(
                ChangeKind.Renamed,
                TrailAt(depth),
                name < 0 ? null : shape.PropertyName(name),
                name < 0 ? previousId : shape.Get(before, name),
                name < 0 ? shape.IdOf(after) : shape.Get(after, name),
                previousId,
                confidence);
        }
    }

    private void AddBefore(Candidate candidate)
    {
        _before.Add(candidate);
        _beforeByKey.TryAdd(candidate.Key, candidate);
        if (_afterByKey.TryGetValue(candidate.Key, out var other) && other.Match is null)
        {
            Pair(candidate, other, 1);
        }
    }

    private void AddAfter(Candidate candidate)
    {
        _after.Add(candidate);
        _afterByKey.TryAdd(candidate.Key, candidate);
        if (_beforeByKey.TryGetValue(candidate.Key, out var other) && other.Match is null)
        {
            Pair(other, candidate, 1);
        }
    }

    private void Pair(Candidate before, Candidate after, double confidence)
    {
        before.Match = after;
        after.Match = before;
        before.Confidence = after.Confidence = confidence;
        _matched.Enqueue(after);
    }

    /// <summary>Matches candidates by id: compares each pair found, then opens unmatched elements so their children can match.</summary>
    private void MatchCandidates()
    {
        while (true)
        {
            while (_matched.TryDequeue(out var after))
            {
                var before = after.Match!;
                if (before.Opened != after.Opened)
                {
                    // One side's children are candidates already, so the other side's must be too.
                    if (before.Opened)
                    {
                        Open(after, AddAfter);
                    }
                    else
                    {
                        Open(before, AddBefore);
                    }
                }

                var depth = Load(after.Trail);
                ComparePair(after.Shape, before.Element, after.Element, depth, null, 1, walkChildren: !before.Opened);
            }

            var opened = Open(_before, AddBefore) | Open(_after, AddAfter);
            if (!opened && _matched.Count == 0)
            {
                return;
            }
        }
    }

    private bool Open(List<Candidate> candidates, Action<Candidate> add)
    {
        var opened = false;
        var count = candidates.Count;
        for (var c = 0; c < count; c++)
        {
            var candidate = candidates[c];
            if (candidate.Match is null && !candidate.Opened)
            {
                opened |= Open(candidate, add);
            }
        }

        return opened;
    }

    private bool Open(Candidate candidate, Action<Candidate> add)
    {
        candidate.Opened = true;
        var opened = false;
        var shape = candidate.Shape;
        for (var slot = 0; slot < shape.ChildKinds.Length; slot++)
        {
            var kind = shape.ChildKinds[slot];
            var children = shape.ChildrenOf(candidate.Element, slot);
            if (children.Length == 0 || _ignoredKinds[(int)kind])
            {
                continue;
            }

            var trail = candidate.Trail;
            for (var i = 0; i < children.Length; i++)
            {
                add(new Candidate(Shapes.Of(kind), children[i], candidate.Key, children, i, trail, candidate));
                opened = true;
            }
        }

        return opened;
    }

    /// <summary>Pairs the remaining candidates of each kind whose ids changed, when they are similar enough.</summary>
    private void MatchBySimilarity()
    {
        if (_options.InferenceThreshold > 1)
        {
            return;
        }

        var oldsByKind = Unmatched(_before);
        var newsByKind = Unmatched(_after);
        if (oldsByKind.Count == 0 || newsByKind.Count == 0)
        {
            return;
        }

        foreach (var (kind, olds) in oldsByKind.OrderBy(k => k.Key))
        {
            if (!newsByKind.TryGetValue(kind, out var news))
            {
                continue;
            }

            var scored = new List<(double Score, int Old, int New)>();
            Func<ElementRef, string> afterId = AfterId;
            foreach (var (o, n) in CandidatePairs(olds, news))
            {
                var score = Similarity.Score(olds[o], news[n], SameParent(olds[o], news[n]), afterId, _text);
                if (score >= _options.InferenceThreshold)
                {
                    scored.Add((score, o, n));
                }
            }

            scored.Sort((x, y) => y.Score != x.Score ? y.Score.CompareTo(x.Score) : x.Old != y.Old ? x.Old.CompareTo(y.Old) : x.New.CompareTo(y.New));
            foreach (var (score, o, n) in scored)
            {
                var (before, after) = (olds[o], news[n]);
                if (before.Match is not null || after.Match is not null)
                {
                    continue;
                }

                before.Match = after;
                after.Match = before;
                before.Confidence = after.Confidence = Math.Min(0.99, Math.Round(score, 2));
                _newIds[before.Key] = after.Id;
                var depth = Load(after.Trail);
                CompareProperties(after.Shape, before.Element, after.Element, depth, before.Id, after.Confidence);
            }
        }
    }

    private static Dictionary<ElementKind, List<Candidate>> Unmatched(List<Candidate> candidates)
    {
        var byKind = new Dictionary<ElementKind, List<Candidate>>();
        foreach (var candidate in candidates)
        {
            if (candidate.Match is null)
            {
                if (!byKind.TryGetValue(candidate.Shape.Kind, out var list))
                {
                    byKind[candidate.Shape.Kind] = list = [];
                }

                list.Add(candidate);
            }
        }

        return byKind;
    }

    /// <summary>
    /// Returns the pairs worth scoring: those in the same parent, and those with the same label wherever they are.
    /// Looking only there keeps matching close to linear when many elements changed, and finds renames in place and
    /// moves without renames, which are what people do.
    /// </summary>
    private IEnumerable<(int Old, int New)> CandidatePairs(List<Candidate> olds, List<Candidate> news)
    {
        var byParent = new Dictionary<ElementRef, List<int>>();
        var byLabel = new Dictionary<string, List<int>>(StringComparer.OrdinalIgnoreCase);
        for (var o = 0; o < olds.Count; o++)
        {
            var parent = new ElementRef(olds[o].Parent.Kind, olds[o].Parent.Kind == ElementKind.Map ? "" : AfterId(olds[o].Parent));
            Add(byParent, parent, o);
            Add(byLabel, olds[o].Shape.LabelOf(olds[o].Element), o);
        }

        for (var n = 0; n < news.Count; n++)
        {
            var parent = news[n].Parent.Kind == ElementKind.Map ? new ElementRef(ElementKind.Map, "") : news[n].Parent;
            var inParent = byParent.GetValueOrDefault(parent);
            foreach (var o in inParent?.Take(MaxPairsPerParent) ?? [])
            {
                yield return (o, n);
            }

            foreach (var o in byLabel.GetValueOrDefault(news[n].Shape.LabelOf(news[n].Element))?.Take(MaxPairsPerParent) ?? [])
            {
                if (inParent is null || !inParent.Contains(o))
                {
                    yield return (o, n);
                }
            }
        }

        static void Add<TKey>(Dictionary<TKey, List<int>> groups, TKey key, int index)
            where TKey : notnull
        {
            if (!groups.TryGetValue(key, out var group))
            {
                groups[key] = group = [];
            }

            group.Add(index);
        }
    }

    private string AfterId(ElementRef before) => _newIds.TryGetValue(before, out var id) ? id : before.Id;

    private bool SameParent(Candidate before, Candidate after) =>
        before.Parent.Kind == after.Parent.Kind && (before.Parent.Kind == ElementKind.Map || AfterId(before.Parent) == after.Parent.Id);

    /// <summary>Reports moves, the fewest reorders that explain each list's new order, additions and removals.</summary>
    private void Classify()
    {
        var lists = new Dictionary<(ElementRef Parent, ElementKind Kind), List<Candidate>>();
        foreach (var after in _after)
        {
            var before = after.Match;
            if (before is null)
            {
                continue;
            }

            if (SameParent(before, after))
            {
                var key = (after.Parent, after.Shape.Kind);
                if (!lists.TryGetValue(key, out var list))
                {
                    lists[key] = list = [];
                }

                list.Add(after);
            }
            else
            {
                Emit(ChangeKind.Moved, after, before);
            }
        }

        foreach (var list in lists.Values)
        {
            list.Sort((x, y) => x.Index.CompareTo(y.Index));
            var kept = Sequences.LongestIncreasing(list.ConvertAll(c => c.Match!.Index));
            for (var i = 0; i < list.Count; i++)
            {
                if (!kept[i])
                {
                    Emit(ChangeKind.Reordered, list[i], list[i].Match!);
                }
            }
        }

        foreach (var after in _after)
        {
            if (after.Match is null && (after.ParentCandidate is null || after.ParentCandidate.Match is not null))
            {
                _changes.Add(Change(ChangeKind.Added, after.Trail, null, null, Strip(after, _afterByKey), null, null, after.Parent, after.Index, null, 1));
            }
        }

        foreach (var before in _before)
        {
            if (before.Match is null && (before.ParentCandidate is null || before.ParentCandidate.Match is not null))
            {
                _changes.Add(Change(ChangeKind.Removed, before.Trail, null, Strip(before, _beforeByKey), null, before.Parent, before.Index, null, null, null, 1));
            }
        }
    }

    /// <summary>Returns the element without the children that were matched elsewhere; they have changes of their own.</summary>
    private static object Strip(Candidate candidate, Dictionary<ElementRef, Candidate> candidates)
    {
        if (!candidate.Opened)
        {
            return candidate.Element;
        }

        var shape = candidate.Shape;
        var children = new object[shape.ChildKinds.Length][];
        for (var slot = 0; slot < children.Length; slot++)
        {
            var kind = shape.ChildKinds[slot];
            children[slot] = [.. shape.ChildrenOf(candidate.Element, slot)
                .Select(child => candidates[new ElementRef(kind, Shapes.Of(kind).IdOf(child))])
                .Where(child => child.Match is null)
                .Select(child => Strip(child, candidates))];
        }

        return shape.Create(candidate.Id, shape.Values(candidate.Element), children);
    }

    private void Emit(ChangeKind kind, Trail trail, string? property, object? before, object? after, string? previousId, double confidence) =>
        _changes.Add(Change(kind, trail, previousId, before, after, null, null, null, null, property, confidence));

    private void Emit(ChangeKind kind, Candidate after, Candidate before) =>
        _changes.Add(Change(
            kind, after.Trail, before.Id == after.Id ? null : before.Id, null, null, before.Parent, before.Index, after.Parent, after.Index, null, after.Confidence));

    private static JourneyChange Change(
        ChangeKind kind, Trail trail, string? previousId, object? before, object? after, ElementRef? from, int? fromIndex, ElementRef? to, int? toIndex, string? property, double confidence) =>
        new(
            kind,
            trail.Shape.Kind,
            trail.Id,
            previousId,
            property,
            before,
            after,
            from,
            fromIndex,
            to,
            toIndex,
            confidence,
            property is null ? trail.Path : trail.Path.Property(property),
            trail.Location,
            trail.StageId,
            trail);
}
