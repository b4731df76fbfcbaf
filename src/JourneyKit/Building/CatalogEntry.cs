using System.Runtime.InteropServices;

namespace JourneyKit.Building;

/// <summary>What the builder needs of a catalog entry (channel, owner, touchpoint) to resolve references to it.</summary>
internal interface ICatalogEntry
{
    string NameText { get; }

    ref IdSlot Slot { get; }
}

/// <summary>
/// The entries of one catalog as declared on a builder, found by explicit id or name when declared again: the first
/// entry, in declaration order, whose id or name matches. Each entry's name and id are indexed (by its position) when it
/// is declared and again after it is described, so declaring n entries costs O(n), not O(n²).
/// </summary>
internal sealed class Catalog<T>
    where T : class, ICatalogEntry
{
    private readonly List<T> _entries = [];
    private readonly Dictionary<string, int> _firstWithKey = new(StringComparer.Ordinal);

    public IReadOnlyList<T> Entries => _entries;

    /// <summary>Finds the entry with this explicit id or name, or adds a new one, then lets <paramref name="configure"/> describe it.</summary>
    public T Declare(string nameOrId, Func<string, T> create, Action<T>? configure)
    {
        var index = IndexOf(nameOrId);
        if (index < 0)
        {
            Add(create(nameOrId));
            index = _entries.Count - 1;
        }

        var entry = _entries[index];
        configure?.Invoke(entry);
        Index(entry, index);
        return entry;
    }

    public void Add(T entry)
    {
        _entries.Add(entry);
        Index(entry, _entries.Count - 1);
    }

    /// <summary>Moves the entry with this explicit id or name, or whose name derives this id, to another place; <see langword="false"/> when there is none.</summary>
    public bool Move(string key, int position)
    {
        var index = BuilderGuard.Find(CollectionsMarshal.AsSpan(_entries), key, e => e.Slot.Explicit, e => e.NameText);
        if (index < 0)
        {
            return false;
        }

        BuilderGuard.Move(_entries, index, BuilderGuard.Position(position, _entries.Count, nameof(position)));
        Reindex();
        return true;
    }

    /// <summary>Removes the entry with this explicit id or name, or whose name derives this id; <see langword="null"/> when there is none.</summary>
    public T? Remove(string key)
    {
        var index = BuilderGuard.Find(CollectionsMarshal.AsSpan(_entries), key, e => e.Slot.Explicit, e => e.NameText);
        if (index < 0)
        {
            return null;
        }

        var removed = _entries[index];
        _entries.RemoveAt(index);
        Reindex();
        return removed;
    }

    private void Reindex()
    {
        _firstWithKey.Clear();
        for (var i = 0; i < _entries.Count; i++)
        {
            Index(_entries[i], i);
        }
    }

    private int IndexOf(string key)
    {
        if (!_firstWithKey.TryGetValue(key, out var index))
        {
            return -1;
        }

        if (Matches(_entries[index], key))
        {
            return index;
        }

        // The entry was renamed or given another id after it was indexed: look again, and remember what was found.
        index = _entries.FindIndex(e => Matches(e, key));
        if (index < 0)
        {
            _firstWithKey.Remove(key);
        }
        else
        {
            _firstWithKey[key] = index;
        }

        return index;
    }

    private static bool Matches(T entry, string key) => entry.Slot.Explicit == key || entry.NameText == key;

    private void Index(T entry, int index)
    {
        Keep(entry.NameText, index);
        if (entry.Slot.Explicit is { } id)
        {
            Keep(id, index);
        }
    }

    private void Keep(string key, int index)
    {
        ref var first = ref CollectionsMarshal.GetValueRefOrAddDefault(_firstWithKey, key, out var exists);
        if (!exists || index < first)
        {
            first = index;
        }
    }
}

/// <summary>A catalog during one build: the declared entries with their ids, and entries registered on first use.</summary>
internal sealed class ResolvedCatalog<T>
    where T : class, ICatalogEntry
{
    private readonly IdAllocator _ids;
    private readonly Func<string, T> _create;
    private readonly Lookup<T> _lookup = new();

    public ResolvedCatalog(IReadOnlyList<T> declared, IdAllocator ids, Func<string, T> create)
    {
        _ids = ids;
        _create = create;
        Entries = [.. declared];
        foreach (var entry in Entries)
        {
            _lookup.Add(entry.Slot.Assign(ids, entry.NameText), entry.NameText, entry);
        }
    }

    public List<T> Entries { get; }

    /// <summary>Returns the id of the entry named or identified by <paramref name="reference"/>, registering a new entry when there is none.</summary>
    public string Resolve(string reference)
    {
        if (_lookup.Find(reference, out var ambiguous) is { } found)
        {
            return found.Slot.Assigned;
        }

        if (ambiguous is not null)
        {
            return ambiguous[0].Slot.Assigned;
        }

        var added = _create(reference);
        var id = added.Slot.Assign(_ids, reference);
        Entries.Add(added);
        _lookup.Add(id, added.NameText, added);
        return id;
    }
}
