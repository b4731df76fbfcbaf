using JourneyKit.Internal;

namespace JourneyKit.Building;

/// <summary>
/// The custom properties written on a builder: set one at a time in O(log n), turned into a <see cref="ValueMap"/> once
/// at build time. A builder made from a map starts from that map's properties without copying them.
/// </summary>
internal struct PropertyBag
{
    private ValueMap _from;
    private SortedDictionary<string, string>? _set;

    public static PropertyBag From(ValueMap properties) => new() { _from = properties };

    public void Set(string key, string value)
    {
        Guard.Text(key, nameof(key));
        Guard.AnyText(value, nameof(value));
        _set ??= new SortedDictionary<string, string>(_from.ToDictionary(e => e.Key, e => e.Value, StringComparer.Ordinal), StringComparer.Ordinal);
        _set[key] = value;
    }

    /// <summary>Removes the value under a key; nothing happens when there is none.</summary>
    public void Remove(string key)
    {
        Guard.Text(key, nameof(key));
        if (_set is null && !_from.ContainsKey(key))
        {
            return;
        }

        _set ??= new SortedDictionary<string, string>(_from.ToDictionary(e => e.Key, e => e.Value, StringComparer.Ordinal), StringComparer.Ordinal);
        _set.Remove(key);
    }

    public readonly ValueMap ToValueMap() => _set is null ? _from : ValueMap.From(_set);
}
