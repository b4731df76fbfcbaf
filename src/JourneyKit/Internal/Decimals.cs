namespace JourneyKit.Internal;

/// <summary>
/// One form for each decimal value: no trailing zeros and no negative zero, so equal values (<c>0m</c> and
/// <c>-0.000m</c>, <c>2.5m</c> and <c>2.50m</c>) are stored, written and shown the same way by every engine.
/// </summary>
internal static class Decimals
{
    public static decimal Canonical(decimal value)
    {
        if (value == 0m)
        {
            return 0m;
        }

        // Dividing by one with 28 zeros after the point drops trailing zeros: the result keeps the least scale that holds the value.
        return value / 1.0000000000000000000000000000m;
    }

    public static decimal? Canonical(decimal? value) => value is { } v ? Canonical(v) : null;
}
