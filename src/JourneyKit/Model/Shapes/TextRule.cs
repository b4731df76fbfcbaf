namespace JourneyKit.Model.Shapes;

/// <summary>How two texts are compared: exactly, or ignoring case and runs of white space.</summary>
internal readonly record struct TextRule(bool IgnoreCase, bool IgnoreWhitespace)
{
    public static TextRule Exact => default;

    public bool Equal(string? a, string? b)
    {
        if (ReferenceEquals(a, b))
        {
            return true;
        }

        if (a is null || b is null)
        {
            return false;
        }

        if (!IgnoreWhitespace)
        {
            return string.Equals(a, b, IgnoreCase ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal);
        }

        return string.Equals(Collapse(a), Collapse(b), IgnoreCase ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal);
    }

    public bool Equal(ValueList<string> a, ValueList<string> b)
    {
        if (a.Count != b.Count)
        {
            return false;
        }

        for (var i = 0; i < a.Count; i++)
        {
            if (!Equal(a[i], b[i]))
            {
                return false;
            }
        }

        return true;
    }

    private static string Collapse(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
