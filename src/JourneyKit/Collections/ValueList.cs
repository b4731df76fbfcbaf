using System.Globalization;
using System.Collections;
using System.Runtime.CompilerServices;

namespace JourneyKit;

/// <summary>
/// An immutable list with value equality: two lists are equal when they hold equal items in the same order.
/// </summary>
/// <remarks>The default value is an empty list. Instances are immutable and safe to share across threads.</remarks>
/// <typeparam name="T">The type of the items.</typeparam>
[CollectionBuilder(typeof(ValueList), nameof(ValueList.Create))]
public readonly struct ValueList<T> : IReadOnlyList<T>, IEquatable<ValueList<T>>
{
    private readonly T[]? _items;

    internal ValueList(T[] items) => _items = items.Length == 0 ? null : items;

    /// <summary>Gets the backing array, or <see langword="null"/> when empty; callers must never write to it.</summary>
    internal T[]? Items => _items;

    /// <summary>Gets an empty list.</summary>
    public static ValueList<T> Empty => default;

    /// <summary>Gets the number of items.</summary>
    public int Count => _items?.Length ?? 0;

    /// <summary>Gets whether the list holds no items.</summary>
    public bool IsEmpty => Count == 0;

    /// <summary>Gets the item at <paramref name="index"/>.</summary>
    /// <param name="index">The zero-based position of the item.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="index"/> is negative or not less than <see cref="Count"/>.</exception>
    public T this[int index]
    {
        get
        {
            if ((uint)index >= (uint)Count)
            {
                throw new ArgumentOutOfRangeException(nameof(index), index, string.Create(CultureInfo.InvariantCulture, $"The list holds {Count} item(s); the index must be between 0 and {Count - 1}."));
            }

            return _items![index];
        }
    }

    /// <summary>Returns the items as a read-only span.</summary>
    /// <returns>A span over the items.</returns>
    public ReadOnlySpan<T> AsSpan() => _items;

    /// <summary>Returns an enumerator that walks the items in order without allocating.</summary>
    /// <returns>The enumerator.</returns>
    public Enumerator GetEnumerator() => new(_items);

    IEnumerator<T> IEnumerable<T>.GetEnumerator() => ((IEnumerable<T>)(_items ?? [])).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => ((IEnumerable<T>)this).GetEnumerator();

    /// <inheritdoc />
    public bool Equals(ValueList<T> other)
    {
        var mine = AsSpan();
        var theirs = other.AsSpan();
        if (mine.Length != theirs.Length)
        {
            return false;
        }

        var comparer = EqualityComparer<T>.Default;
        for (var i = 0; i < mine.Length; i++)
        {
            if (!comparer.Equals(mine[i], theirs[i]))
            {
                return false;
            }
        }

        return true;
    }

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is ValueList<T> other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = new HashCode();
        foreach (var item in AsSpan())
        {
            hash.Add(item);
        }

        return hash.ToHashCode();
    }

    /// <summary>Returns a short description such as <c>[3 items]</c>.</summary>
    /// <returns>The description.</returns>
    public override string ToString() => $"[{Count} item{(Count == 1 ? "" : "s")}]";

    /// <summary>Compares two lists item by item.</summary>
    /// <param name="left">The first list.</param>
    /// <param name="right">The second list.</param>
    /// <returns><see langword="true"/> when both hold equal items in the same order.</returns>
    public static bool operator ==(ValueList<T> left, ValueList<T> right) => left.Equals(right);

    /// <summary>Compares two lists item by item.</summary>
    /// <param name="left">The first list.</param>
    /// <param name="right">The second list.</param>
    /// <returns><see langword="true"/> when the lists differ in length or in any item.</returns>
    public static bool operator !=(ValueList<T> left, ValueList<T> right) => !left.Equals(right);

    /// <summary>Walks the items of a <see cref="ValueList{T}"/> in order.</summary>
    public struct Enumerator
    {
        private readonly T[]? _items;
        private int _index;

        internal Enumerator(T[]? items)
        {
            _items = items;
            _index = -1;
        }

        /// <summary>Gets the item at the current position.</summary>
        public readonly T Current => _items![_index];

        /// <summary>Advances to the next item.</summary>
        /// <returns><see langword="false"/> when there are no more items.</returns>
        public bool MoveNext() => _items is not null && ++_index < _items.Length;
    }
}

/// <summary>Creates <see cref="ValueList{T}"/> instances.</summary>
public static class ValueList
{
    /// <summary>Creates a list holding a copy of <paramref name="items"/>.</summary>
    /// <typeparam name="T">The type of the items.</typeparam>
    /// <param name="items">The items, in order.</param>
    /// <returns>The list.</returns>
    public static ValueList<T> Create<T>(ReadOnlySpan<T> items) => new(items.ToArray());

    /// <summary>Creates a list holding a copy of <paramref name="items"/>.</summary>
    /// <typeparam name="T">The type of the items.</typeparam>
    /// <param name="items">The items, in order.</param>
    /// <returns>The list.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="items"/> is <see langword="null"/>.</exception>
    public static ValueList<T> From<T>(IEnumerable<T> items)
    {
        ArgumentNullException.ThrowIfNull(items);
        return new(items.ToArray());
    }
}
