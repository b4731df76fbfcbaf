namespace JourneyKit.Building;

/// <summary>Finds elements of one kind by id, then by exact name, then by the id the name would derive.</summary>
internal sealed class Lookup<T>
    where T : class
{
    private readonly Dictionary<string, T> _byId = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<T>> _byName = new(StringComparer.Ordinal);

    public IEnumerable<string> Ids => _byId.Keys;

    public void Add(string id, string name, T item)
    {
        _byId.TryAdd(id, item);
        if (_byName.TryGetValue(name, out var named))
        {
            named.Add(item);
        }
        else
        {
            _byName.Add(name, [item]);
        }
    }

    /// <summary>Returns the match, or <see langword="null"/>; <paramref name="ambiguous"/> lists the candidates when a name is shared.</summary>
    public T? Find(string reference, out IReadOnlyList<T>? ambiguous)
    {
        ambiguous = null;
        if (_byId.TryGetValue(reference, out var byId))
        {
            return byId;
        }

        if (_byName.TryGetValue(reference, out var named))
        {
            if (named.Count == 1)
            {
                return named[0];
            }

            ambiguous = named;
            return null;
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
