namespace JourneyKit.Building;

/// <summary>Finds elements of one kind by id, then by exact name, then by the id the name would derive.</summary>
internal sealed class Lookup<T>
    where T : class
{
    private readonly Dictionary<string, T> _byId;
    private readonly List<(string Name, T Item)> _entries;
    private Dictionary<string, T>? _byName;
    private Dictionary<string, List<T>>? _sharedNames;

    public Lookup(int capacity = 0)
    {
        _byId = new(capacity, StringComparer.Ordinal);
        _entries = new(capacity);
    }

    public void Add(string id, string name, T item)
    {
        _byId.TryAdd(id, item);
        _entries.Add((name, item));
        if (_byName is not null)
        {
            AddName(name, item);
        }
    }

    private void AddName(string name, T item)
    {
        if (_byName!.TryAdd(name, item))
        {
            return;
        }

        _sharedNames ??= new(StringComparer.Ordinal);
        if (!_sharedNames.TryGetValue(name, out var shared))
        {
            _sharedNames.Add(name, shared = [_byName[name]]);
        }

        shared.Add(item);
    }

    /// <summary>Indexes names on the first lookup that is not by id: most references are ids.</summary>
    private Dictionary<string, T> ByName()
    {
        if (_byName is null)
        {
            _byName = new(_entries.Count, StringComparer.Ordinal);
            foreach (var (name, item) in _entries)
            {
                AddName(name, item);
            }
        }

        return _byName;
    }

    /// <summary>Returns the match, or <see langword="null"/>; <paramref name="ambiguous"/> lists the candidates when a name is shared.</summary>
    public T? Find(string reference, out IReadOnlyList<T>? ambiguous)
    {
        ambiguous = null;
        if (_byId.TryGetValue(reference, out var byId))
        {
            return byId;
        }

        var byNames = ByName();
        if (_sharedNames is not null && _sharedNames.TryGetValue(reference, out var shared))
        {
            ambiguous = shared;
            return null;
        }

        if (byNames.TryGetValue(reference, out var byName))
        {
            return byName;
        }

        var slug = ElementIds.FromName(reference);
        return slug.Length > 0 && _byId.TryGetValue(slug, out var bySlug) ? bySlug : null;
    }

    public string Known(int max = 10)
    {
        if (_byId.Count == 0)
        {
            return "there are none";
        }

        var shown = string.Join(", ", _byId.Keys.Take(max).Select(id => $"'{id}'"));
        return _byId.Count > max ? $"known ids include {shown}" : $"known ids: {shown}";
    }
}
