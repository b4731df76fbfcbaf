using System.Collections;
using System.Diagnostics.CodeAnalysis;

namespace JourneyKit;

/// <summary>
/// An immutable map of text keys to text values, kept in ordinal key order, with value equality.
/// </summary>
/// <remarks>The default value is an empty map. Instances are immutable and safe to share across threads.</remarks>
public readonly struct ValueMap : IReadOnlyDictionary<string, string>, IEquatable<ValueMap>
{
    private readonly KeyValuePair<string, string>[]? _entries;

    internal ValueMap(KeyValuePair<string, string>[] entries) => _entries = entries.Length == 0 ? null : entries;

    /// <summary>Gets an empty map.</summary>
    public static ValueMap Empty => default;

    /// <summary>Gets the number of entries.</summary>
    public int Count => _entries?.Length ?? 0;

    /// <summary>Gets whether the map holds no entries.</summary>
    public bool IsEmpty => Count == 0;

    /// <summary>Gets the keys in ordinal order.</summary>
    public IEnumerable<string> Keys => Entries.Select(e => e.Key);

    /// <summary>Gets the values in the order of their keys.</summary>
    public IEnumerable<string> Values => Entries.Select(e => e.Value);

    private KeyValuePair<string, string>[] Entries => _entries ?? [];

    /// <summary>Gets the value stored under <paramref name="key"/>.</summary>
    /// <param name="key">The key.</param>
    /// <exception cref="KeyNotFoundException">No entry has that key.</exception>
    public string this[string key] => TryGetValue(key, out var value)
        ? value
        : throw new KeyNotFoundException($"The map has no key '{key}'. Keys: {(Count == 0 ? "(none)" : string.Join(", ", Keys))}.");

    /// <summary>Creates a map from key and value pairs; a later pair with the same key replaces an earlier one.</summary>
    /// <param name="entries">The pairs.</param>
    /// <returns>The map.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="entries"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">A key is blank, or a key or value is not valid Unicode (see docs/model.md, "Text").</exception>
    public static ValueMap From(IEnumerable<KeyValuePair<string, string>> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        var sorted = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var (key, value) in entries)
        {
            sorted[Internal.Guard.Text(key, nameof(entries))] = Internal.Guard.AnyText(value, nameof(entries));
        }

        return new ValueMap([.. sorted]);
    }

    /// <summary>Returns a copy with <paramref name="key"/> set to <paramref name="value"/>.</summary>
    /// <param name="key">The key.</param>
    /// <param name="value">The value.</param>
    /// <returns>The changed copy.</returns>
    public ValueMap SetItem(string key, string value)
    {
        Internal.Guard.Text(key, nameof(key));
        Internal.Guard.AnyText(value, nameof(value));
        return From(Entries.Where(e => e.Key != key).Append(new(key, value)));
    }

    /// <summary>Returns a copy without <paramref name="key"/>.</summary>
    /// <param name="key">The key.</param>
    /// <returns>The changed copy, or this map when the key is absent.</returns>
    public ValueMap Remove(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        return ContainsKey(key) ? new ValueMap([.. Entries.Where(e => e.Key != key)]) : this;
    }

    /// <inheritdoc />
    public bool ContainsKey(string key) => IndexOf(key) >= 0;

    /// <inheritdoc />
    public bool TryGetValue(string key, [MaybeNullWhen(false)] out string value)
    {
        var index = IndexOf(key);
        value = index >= 0 ? Entries[index].Value : null;
        return index >= 0;
    }

    private int IndexOf(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        var entries = Entries;
        int low = 0, high = entries.Length - 1;
        while (low <= high)
        {
            var middle = low + ((high - low) / 2);
            var order = string.CompareOrdinal(entries[middle].Key, key);
            if (order == 0)
            {
                return middle;
            }

            if (order < 0)
            {
                low = middle + 1;
            }
            else
            {
                high = middle - 1;
            }
        }

        return -1;
    }

    /// <inheritdoc />
    public IEnumerator<KeyValuePair<string, string>> GetEnumerator() => ((IEnumerable<KeyValuePair<string, string>>)Entries).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <inheritdoc />
    public bool Equals(ValueMap other) => Entries.AsSpan().SequenceEqual(other.Entries);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is ValueMap other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = new HashCode();
        foreach (var entry in Entries)
        {
            hash.Add(entry.Key, StringComparer.Ordinal);
            hash.Add(entry.Value, StringComparer.Ordinal);
        }

        return hash.ToHashCode();
    }

    /// <summary>Returns the entries as <c>{key=value, ...}</c>.</summary>
    /// <returns>The description.</returns>
    public override string ToString() => "{" + string.Join(", ", Entries.Select(e => $"{e.Key}={e.Value}")) + "}";

    /// <summary>Compares two maps entry by entry.</summary>
    /// <param name="left">The first map.</param>
    /// <param name="right">The second map.</param>
    /// <returns><see langword="true"/> when both hold the same entries.</returns>
    public static bool operator ==(ValueMap left, ValueMap right) => left.Equals(right);

    /// <summary>Compares two maps entry by entry.</summary>
    /// <param name="left">The first map.</param>
    /// <param name="right">The second map.</param>
    /// <returns><see langword="true"/> when the maps differ.</returns>
    public static bool operator !=(ValueMap left, ValueMap right) => !left.Equals(right);
}
