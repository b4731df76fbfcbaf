using JourneyKit.Diffing;

namespace JourneyKit.Rendering.Svg;

/// <summary>How an element changed between two revisions, as a visual diff marks it.</summary>
internal enum Mark
{
    None,
    Moved,
    Changed,
    Added,
    Removed,
}

/// <summary>The mark of each changed element of a diff, and the changes behind it for tooltips.</summary>
internal sealed class ChangeMarks
{
    private readonly Dictionary<(ElementKind Kind, string Id), (Mark Mark, List<string> Details)> _marks = [];
    private readonly Dictionary<(ElementKind Kind, string Id), string> _previousIds = [];
    private readonly HashSet<(ElementKind Kind, string Id)> _renamedFrom = [];

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
            if (change.PreviousId is { } previous)
            {
                marks._previousIds[key] = previous;
                marks._renamedFrom.Add((change.ElementKind, previous));
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

    /// <summary>Tells whether an element of the earlier revision lives on under another id, so it was not removed.</summary>
    public bool LivesOn(ElementKind kind, string earlierId) => _renamedFrom.Contains((kind, earlierId));

    public Mark Of(ElementKind kind, string id) => _marks.Count > 0 && _marks.TryGetValue((kind, id), out var entry) ? entry.Mark : Mark.None;

    public string? Details(ElementKind kind, string id) => _marks.Count > 0 && _marks.TryGetValue((kind, id), out var entry) ? string.Join("\n", entry.Details) : null;

    public static string Word(Mark mark) => mark switch
    {
        Mark.Added => "+ added",
        Mark.Removed => "− removed",
        Mark.Changed => "~ changed",
        Mark.Moved => "↔ moved",
        _ => "",
    };
}
