using JourneyKit.Internal;

namespace JourneyKit.Building;

internal static class BuilderGuard
{
    public static string Id(string id, string paramName)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id, paramName);
        if (!ElementIds.IsValid(id))
        {
            var suggestion = ElementIds.FromName(id);
            throw new ArgumentException(
                $"'{id}' is not a valid id: use 1 to {ElementIds.MaxLength} lower-case letters, digits, '-', '_' or '.', starting with a letter or digit{(suggestion.Length > 0 ? $", such as '{suggestion}'" : "")}.",
                paramName);
        }

        return id;
    }

    public static void AddAll(ref ItemList<string> list, ReadOnlySpan<string> values, string paramName)
    {
        foreach (var value in values)
        {
            ArgumentException.ThrowIfNullOrWhiteSpace(value, paramName);
        }

        list.AddRange(values);
    }
}
