using System.Globalization;

namespace JourneyKit.Building;

/// <summary>Hands out the ids of one kind of element during one build: explicit ids first, then derived ones.</summary>
internal sealed class IdAllocator(string kind, string label)
{
    private readonly Dictionary<string, string> _explicitOwners = new(StringComparer.Ordinal);
    private readonly HashSet<string> _taken = new(StringComparer.Ordinal);

    /// <summary>Gets the id a nameless element falls back to, such as <c>pain-point</c>.</summary>
    public string Kind { get; } = kind;

    /// <summary>Gets the kind in words, such as "pain point".</summary>
    public string Label { get; } = label;

    /// <summary>Reserves an explicit id; returns the description of the element that already holds it, if any.</summary>
    public string? Reserve(string id, string description)
    {
        if (_explicitOwners.TryGetValue(id, out var holder))
        {
            return holder;
        }

        _explicitOwners.Add(id, description);
        _taken.Add(id);
        return null;
    }

    public bool IsTaken(string id) => _taken.Contains(id);

    public string Derive(string name)
    {
        var slug = ElementIds.FromName(name);
        if (slug.Length == 0)
        {
            slug = Kind;
        }

        if (_taken.Add(slug))
        {
            return slug;
        }

        for (var n = 2; ; n++)
        {
            var suffix = "-" + n.ToString(CultureInfo.InvariantCulture);
            var stem = slug.Length + suffix.Length > ElementIds.MaxLength ? slug[..(ElementIds.MaxLength - suffix.Length)].TrimEnd('-') : slug;
            var candidate = stem + suffix;
            if (_taken.Add(candidate))
            {
                return candidate;
            }
        }
    }
}
