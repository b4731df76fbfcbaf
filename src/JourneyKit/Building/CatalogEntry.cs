namespace JourneyKit.Building;

/// <summary>What the builder needs of a catalog entry (channel, owner, touchpoint) to resolve references to it.</summary>
internal interface ICatalogEntry
{
    string Name { get; }

    ref IdSlot Slot { get; }
}

/// <summary>
/// The entries of one catalog as declared on a builder, found by explicit id or name when declared again. Names and ids
/// are indexed after each declaration, so declaring n entries costs O(n), not O(n²).
/// </summary>
internal sealed class Catalog<T>
    where T : class, ICatalogEntry
{
    private readonly List<T> _entries = [];
    private readonly Dictionary<string, T> _byKey = new(StringComparer.Ordinal);

    public IReadOnlyList<T> Entries => _entries;

    /// <summary>Finds the entry with this explicit id or name, or adds a new one, then lets <paramref name="configure"/> describe it.</summary>
    public T Declare(string nameOrId, Func<string, T> create, Action<T>? configure)
    {
        if (_byKey.TryGetValue(nameOrId, out var entry) && entry.Slot.Explicit != nameOrId && entry.Name != nameOrId)
        {
            // The entry was renamed or given another id since it was indexed.
            entry = _entries.Find(e => e.Slot.Explicit == nameOrId || e.Name == nameOrId);
        }

        if (entry is null)
        {
            entry = create(nameOrId);
            _entries.Add(entry);
        }

        configure?.Invoke(entry);
        Index(entry);
        return entry;
    }

    public void Add(T entry)
    {
        _entries.Add(entry);
        Index(entry);
    }

    private void Index(T entry)
    {
        if (entry.Slot.Explicit is { } id)
        {
            _byKey.TryAdd(id, entry);
        }

        _byKey.TryAdd(entry.Name, entry);
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
            _lookup.Add(entry.Slot.Assign(ids, entry.Name), entry.Name, entry);
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
        _lookup.Add(id, added.Name, added);
        return id;
    }
}
