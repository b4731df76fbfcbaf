using JourneyKit.Internal;

namespace JourneyKit.Building;

internal static class BuilderGuard
{
    public static string Id(string id, string paramName)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id, paramName);
        if (!ElementIds.IsValid(id))
        {
            throw new ArgumentException(ElementIds.InvalidMessage(id, id), paramName);
        }

        return id;
    }

    /// <summary>Checks that a position is a place among <paramref name="count"/> items, from 0 for first.</summary>
    public static int Position(int position, int count, string paramName)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(position, paramName);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(position, count - 1, paramName);
        return position;
    }

    /// <summary>Moves an item of a list to another place, shifting those between.</summary>
    public static void Move<T>(List<T> items, int from, int position)
    {
        var moving = items[from];
        items.RemoveAt(from);
        items.Insert(position, moving);
    }

    public static void AddAll(ref ItemList<string> list, ReadOnlySpan<string> values, string paramName)
    {
        foreach (var value in values)
        {
            Guard.Text(value, paramName);
        }

        list.AddRange(values);
    }

    /// <summary>
    /// Returns whether an item answers to a reference at one tier of the lookup every builder uses: 0, its explicit id;
    /// 1, its name or text; 2, the id its name derives, when it has no explicit id.
    /// </summary>
    public static bool Matches(int tier, string reference, string? explicitId, string text) => tier switch
    {
        0 => explicitId == reference,
        1 => text == reference,
        _ => explicitId is null && ElementIds.FromName(text) == reference,
    };

    /// <summary>Finds an item by explicit id, then by its text, then by the id its text derives; -1 when none answers.</summary>
    public static int Find<T>(ReadOnlySpan<T> items, string reference, Func<T, string?> explicitId, Func<T, string> text)
    {
        for (var tier = 0; tier < 3; tier++)
        {
            for (var i = 0; i < items.Length; i++)
            {
                if (Matches(tier, reference, explicitId(items[i]), text(items[i])))
                {
                    return i;
                }
            }
        }

        return -1;
    }

    /// <summary>
    /// Finds a reference in a list of references, each an id or a name: the same text first, then a name that derives
    /// the id given, then the id the name given derives. The error when none answers lists the references.
    /// </summary>
    public static int ReferenceIndex(ReadOnlySpan<string> references, string reference, string holder, string what, string paramName)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(reference, paramName);
        var index = Find(references, reference, _ => null, r => r);
        if (index < 0 && ElementIds.FromName(reference) is { Length: > 0 } derived)
        {
            index = references.IndexOf(derived);
        }

        return index >= 0 ? index : IndexOf(references, reference, holder, _ => null, r => r, what, paramName);
    }

    /// <summary>Finds an item like <see cref="Find"/>; the error when none answers lists what <paramref name="holder"/> has.</summary>
    public static int IndexOf<T>(ReadOnlySpan<T> items, string reference, string holder, Func<T, string?> explicitId, Func<T, string> text, string what, string paramName)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(reference, paramName);
        var index = Find(items, reference, explicitId, text);
        if (index >= 0)
        {
            return index;
        }

        var known = new List<string>();
        foreach (var item in items)
        {
            if (known.Count == 10)
            {
                break;
            }

            known.Add($"'{text(item)}'");
        }

        throw new ArgumentException($"{holder} has no {what} '{reference}'{(known.Count == 0 ? "." : $"; it has {string.Join(", ", known)}.")}", paramName);
    }
}
