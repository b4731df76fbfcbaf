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

    public static void AddAll(ref ItemList<string> list, ReadOnlySpan<string> values, string paramName)
    {
        foreach (var value in values)
        {
            Guard.Text(value, paramName);
        }

        list.AddRange(values);
    }

    /// <summary>Finds an item by explicit id, then by its text, then by the id its text derives; the error lists what <paramref name="holder"/> has.</summary>
    public static int IndexOf<T>(ReadOnlySpan<T> items, string reference, string holder, Func<T, string?> explicitId, Func<T, string> text, string what, string paramName)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(reference, paramName);
        for (var tier = 0; tier < 3; tier++)
        {
            for (var i = 0; i < items.Length; i++)
            {
                var id = explicitId(items[i]);
                var found = tier switch
                {
                    0 => id == reference,
                    1 => text(items[i]) == reference,
                    _ => id is null && ElementIds.FromName(text(items[i])) == reference,
                };
                if (found)
                {
                    return i;
                }
            }
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
