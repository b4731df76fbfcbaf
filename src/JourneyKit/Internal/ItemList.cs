namespace JourneyKit.Internal;

/// <summary>
/// A growable list for builders that hands its array to an immutable <see cref="ValueList{T}"/> without copying
/// when the array is full, and copies before the next change once it has done so (copy on write).
/// </summary>
internal struct ItemList<T>
{
    private T[]? _items;
    private int _count;
    private bool _shared;

    public readonly int Count => _count;

    public readonly T this[int index] => _items![index];

    public readonly ReadOnlySpan<T> AsSpan() => _items.AsSpan(0, _count);

    /// <summary>Gets the items for changing in place; only for lists never handed to a model.</summary>
    public readonly Span<T> Mutable => _items.AsSpan(0, _count);

    public void Add(T item)
    {
        if (_items is null)
        {
            _items = new T[1];
        }
        else if (_count == _items.Length)
        {
            Array.Resize(ref _items, _count * 2);
            _shared = false;
        }
        else if (_shared)
        {
            _items = (T[])_items.Clone();
            _shared = false;
        }

        _items[_count++] = item;
    }

    public void AddRange(ReadOnlySpan<T> items)
    {
        if (_items is null && items.Length > 0)
        {
            _items = items.ToArray();
            _count = items.Length;
            return;
        }

        foreach (var item in items)
        {
            Add(item);
        }
    }

    /// <summary>Replaces the item at an index; an array a model holds is copied first, never changed.</summary>
    public void Set(int index, T item)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual((uint)index, (uint)_count, nameof(index));
        if (_shared)
        {
            _items = (T[])_items!.Clone();
            _shared = false;
        }

        _items![index] = item;
    }

    /// <summary>Removes the item at an index; an array a model holds is copied first, never changed.</summary>
    public void RemoveAt(int index)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual((uint)index, (uint)_count, nameof(index));
        if (_shared)
        {
            _items = (T[])_items!.Clone();
            _shared = false;
        }

        Array.Copy(_items!, index + 1, _items!, index, _count - index - 1);
        _items![--_count] = default!;
    }

    /// <summary>Empties the list; an array a model holds is left alone.</summary>
    /// <summary>Moves the item at <paramref name="from"/> to <paramref name="to"/>, shifting those between; copies a shared array first.</summary>
    public void Move(int from, int to)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual((uint)from, (uint)_count, nameof(from));
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual((uint)to, (uint)_count, nameof(to));
        if (_shared)
        {
            _items = (T[])_items!.Clone();
            _shared = false;
        }

        var item = _items![from];
        if (from < to)
        {
            Array.Copy(_items, from + 1, _items, from, to - from);
        }
        else
        {
            Array.Copy(_items, to, _items, to + 1, from - to);
        }

        _items[to] = item;
    }

    public void Clear()
    {
        _items = null;
        _count = 0;
        _shared = false;
    }

    /// <summary>Returns an array of the list's length for converted items; the shared empty array when the list is empty.</summary>
    public readonly TOther[] NewArray<TOther>() => _count == 0 ? [] : new TOther[_count];

    public ValueList<T> ToValueList()
    {
        if (_count == 0)
        {
            return default;
        }

        if (_count == _items!.Length)
        {
            _shared = true;
            return new ValueList<T>(_items);
        }

        return new ValueList<T>(AsSpan().ToArray());
    }
}
