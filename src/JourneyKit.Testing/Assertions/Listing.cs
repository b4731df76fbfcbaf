using System.Globalization;
using System.Text;

namespace JourneyKit.Testing.Assertions;

/// <summary>What a failure message lists of what the subject held: ids with names, capped so a large map stays readable.</summary>
internal static class Listing
{
    public const int MaxItems = 25;

    public static string Of<T>(IEnumerable<T> items, Func<T, string> describe, string none = "none")
    {
        var text = new StringBuilder();
        var count = 0;
        foreach (var item in items)
        {
            if (count < MaxItems)
            {
                text.Append(count == 0 ? "" : ", ").Append(describe(item));
            }

            count++;
        }

        if (count > MaxItems)
        {
            text.Append(CultureInfo.InvariantCulture, $" and {count - MaxItems} more");
        }

        return count == 0 ? none : text.ToString();
    }

    /// <summary>An element as <c>id ('Name')</c>.</summary>
    public static string Named(string id, string name) => $"{id} ('{name}')";

    /// <summary>Issues, one per line, each indented.</summary>
    public static string Lines<T>(IReadOnlyCollection<T> items, Func<T, string> describe)
    {
        var text = new StringBuilder();
        var shown = 0;
        foreach (var item in items)
        {
            if (shown == MaxItems)
            {
                text.Append(Environment.NewLine).Append(CultureInfo.InvariantCulture, $"  ... and {items.Count - MaxItems} more");
                break;
            }

            text.Append(Environment.NewLine).Append("  - ").Append(describe(item));
            shown++;
        }

        return text.ToString();
    }
}
