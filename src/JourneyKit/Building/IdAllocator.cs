using System.Globalization;
using System.Runtime.InteropServices;

namespace JourneyKit.Building;

/// <summary>Hands out the ids of one kind of element during one build: explicit ids first, then derived ones.</summary>
internal sealed class IdAllocator(string kind, string label)
{
    private Dictionary<string, string>? _explicitHolders;
    private HashSet<string>? _taken;
    private Dictionary<string, int>? _nextSuffix;
    private int _expected;

    /// <summary>Gets the id a nameless element falls back to, such as <c>pain-point</c>.</summary>
    public string Kind { get; } = kind;

    /// <summary>Gets the kind in words, such as "pain point".</summary>
    public string Label { get; } = label;

    /// <summary>Gets how many elements of this kind the map holds, once their ids are reserved.</summary>
    public int Count => _expected + (_explicitHolders?.Count ?? 0);

    /// <summary>Counts an element whose id will be derived, so the set of taken ids is sized once.</summary>
    public void Expect() => _expected++;

    /// <summary>Reserves an explicit id; returns the description of the element that already holds it, if any.</summary>
    public string? Reserve(string id, string description)
    {
        _explicitHolders ??= new(StringComparer.Ordinal);
        return _explicitHolders.TryAdd(id, description) ? null : _explicitHolders[id];
    }

    /// <summary>
    /// Derives a free id from a name: its slug, or the slug with the first free suffix (<c>-2</c>, <c>-3</c>...).
    /// The next suffix to try is remembered per slug, so a name repeated n times costs O(n) in all, not O(n²).
    /// </summary>
    public string Derive(string name)
    {
        var taken = Taken();
        var slug = ElementIds.FromName(name);
        if (slug.Length == 0)
        {
            slug = Kind;
        }

        if (taken.Add(slug))
        {
            return slug;
        }

        _nextSuffix ??= new(StringComparer.Ordinal);
        ref var next = ref CollectionsMarshal.GetValueRefOrAddDefault(_nextSuffix, slug, out _);
        for (var n = Math.Max(next, 2); ; n++)
        {
            var suffix = "-" + n.ToString(CultureInfo.InvariantCulture);
            var stem = slug.Length + suffix.Length > ElementIds.MaxLength ? slug[..(ElementIds.MaxLength - suffix.Length)].TrimEnd('-') : slug;
            var candidate = stem + suffix;
            if (taken.Add(candidate))
            {
                next = n + 1;
                return candidate;
            }
        }
    }

    private HashSet<string> Taken()
    {
        if (_taken is null)
        {
            _taken = new HashSet<string>(Count, StringComparer.Ordinal);
            if (_explicitHolders is not null)
            {
                _taken.UnionWith(_explicitHolders.Keys);
            }
        }

        return _taken;
    }
}
