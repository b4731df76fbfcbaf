namespace JourneyKit.Building;

/// <summary>Finds elements of one kind by id, then by exact name, then by the id the name would derive.</summary>
internal sealed class Lookup<T>
    where T : class
{
    private readonly Dictionary<string, T> _byId = new(StringComparer.Ordinal);
    private readonly Dictionary<string, T> _byName = new(StringComparer.Ordinal);
    private Dictionary<string, List<T>>? _sharedNames;

    public void Add(string id, string name, T item)
    {
        _byId.TryAdd(id, item);
        if (_byName.TryAdd(name, item))
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

    /// <summary>Returns the match, or <see langword="null"/>; <paramref name="ambiguous"/> lists the candidates when a name is shared.</summary>
    public T? Find(string reference, out IReadOnlyList<T>? ambiguous)
    {
        ambiguous = null;
        if (_byId.TryGetValue(reference, out var byId))
        {
            return byId;
        }

        if (_sharedNames is not null && _sharedNames.TryGetValue(reference, out var shared))
        {
            ambiguous = shared;
            return null;
        }

        if (_byName.TryGetValue(reference, out var byName))
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
