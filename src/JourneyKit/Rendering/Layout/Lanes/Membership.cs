namespace JourneyKit.Rendering.Layout.Lanes;

/// <summary>Says whether a list holds an item, through a set once the list is long, so comparing two long lists stays linear.</summary>
internal sealed class Membership(ValueList<string> items)
{
    private HashSet<string>? _set;

    public bool Contains(string item) => items.Count <= 8 ? items.AsSpan().Contains(item) : (_set ??= new(items, StringComparer.Ordinal)).Contains(item);
}
