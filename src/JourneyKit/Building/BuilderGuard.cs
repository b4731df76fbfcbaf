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
}
