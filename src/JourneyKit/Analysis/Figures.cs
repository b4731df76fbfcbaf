namespace JourneyKit.Analysis;

/// <summary>
/// How the analysis reports its figures: exact decimal arithmetic, rounded once, when reported, to 6 decimal places
/// (half away from zero), without trailing zeros, so equal figures are written the same way.
/// </summary>
internal static class Figures
{
    public const int Decimals = 6;

    public static decimal Round(decimal value) => Internal.Decimals.Canonical(Math.Round(value, Decimals, MidpointRounding.AwayFromZero));

    public static decimal? Round(decimal? value) => value is { } v ? Round(v) : null;
}
