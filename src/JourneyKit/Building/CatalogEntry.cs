namespace JourneyKit.Building;

/// <summary>What the builder needs of a catalog entry (channel, owner, touchpoint) to resolve references to it.</summary>
internal interface ICatalogEntry
{
    string Name { get; }

    ref IdSlot Slot { get; }
}

/// <summary>The entries of one catalog as declared on a builder, found by explicit id or name when declared again.</summary>
internal sealed class Catalog<T>
    where T : class, ICatalogEntry
{
    private readonly List<T> _entries = [];

    public IReadOnlyList<T> Entries => _entries;

    public T GetOrAdd(string nameOrId, Func<string, T> create)
    {
        foreach (var entry in _entries)
        {
            if (entry.Slot.Explicit == nameOrId || entry.Name == nameOrId)
            {
                return entry;
            }
        }

        var added = create(nameOrId);
        _entries.Add(added);
        return added;
    }

    public void Add(T entry) => _entries.Add(entry);
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
