using JourneyKit.Diffing;

namespace JourneyKit.Rendering.Layout;

/// <summary>How an element changed between two revisions, as a visual diff marks it.</summary>
internal enum Mark : byte
{
    None,
    Moved,
    Changed,
    Added,
    Removed,
}

/// <summary>
/// The one view of a diff a visual diff reads, built once from the <see cref="JourneyDiff"/>: the mark of each changed
/// element with the changes behind it for tooltips, and the removed children of each parent, where they were.
/// </summary>
internal sealed class ChangeMarks
{
    private readonly Dictionary<(ElementKind Kind, string Id), (Mark Mark, List<string> Details)> _marks = [];
    private readonly Dictionary<(ElementKind Kind, string Id), string> _previousIds = [];
    private readonly Dictionary<(ElementKind Kind, string Id), List<(int Index, object Element)>> _removed = [];

    public static ChangeMarks None { get; } = new();

    public bool IsEmpty => _marks.Count == 0;

    public static ChangeMarks From(JourneyDiff diff)
    {
        var marks = new ChangeMarks();
        foreach (var change in diff.Changes)
        {
            var mark = change.Kind switch
            {
                ChangeKind.Added => Mark.Added,
                ChangeKind.Removed => Mark.Removed,
                ChangeKind.Moved or ChangeKind.Reordered => Mark.Moved,
                _ => Mark.Changed,
            };
            var key = (change.ElementKind, change.ElementId);
            if (change.Kind == ChangeKind.Removed && change is { FromParent: { } parent, Before: { } element })
            {
                var siblings = marks._removed.TryGetValue((parent.Kind, parent.Id), out var list) ? list : marks._removed[(parent.Kind, parent.Id)] = [];
                siblings.Add((change.FromIndex ?? siblings.Count, element));
            }

            if (change.PreviousId is { } previous)
            {
                marks._previousIds[key] = previous;
            }

            if (marks._marks.TryGetValue(key, out var existing))
            {
                existing.Details.Add(change.Description);
                marks._marks[key] = (mark > existing.Mark ? mark : existing.Mark, existing.Details);
            }
            else
            {
                marks._marks[key] = (mark, [change.Description]);
            }
        }

        return marks;
    }

    /// <summary>Gets the id an element had in the earlier revision.</summary>
    public string EarlierId(ElementKind kind, string id) => _previousIds.Count == 0 ? id : _previousIds.GetValueOrDefault((kind, id), id);

    /// <summary>Returns the removed children of the given kind that a parent had in the earlier revision, in their earlier order, each with its earlier position.</summary>
    /// <param name="parentKind">The parent's kind: <see cref="ElementKind.Map"/> for stages and catalog entries.</param>
    /// <param name="parentEarlierId">The parent's id in the earlier revision.</param>
    public IEnumerable<(int Index, T Element)> RemovedFrom<T>(ElementKind parentKind, string parentEarlierId)
        where T : class =>
        _removed.Count > 0 && _removed.TryGetValue((parentKind, parentEarlierId), out var removed)
            ? removed.Where(r => r.Element is T).OrderBy(r => r.Index).Select(r => (r.Index, (T)r.Element))
            : [];

    public Mark Of(ElementKind kind, string id) => _marks.Count > 0 && _marks.TryGetValue((kind, id), out var entry) ? entry.Mark : Mark.None;

    public string? Details(ElementKind kind, string id) => _marks.Count > 0 && _marks.TryGetValue((kind, id), out var entry) ? string.Join("\n", entry.Details) : null;

    /// <summary>The text key of a mark's badge, or <see langword="null"/> for no mark.</summary>
    public static string? WordKey(Mark mark) => mark switch
    {
        Mark.Added => "Mark.Added",
        Mark.Removed => "Mark.Removed",
        Mark.Changed => "Mark.Changed",
        Mark.Moved => "Mark.Moved",
        _ => null,
    };
}
