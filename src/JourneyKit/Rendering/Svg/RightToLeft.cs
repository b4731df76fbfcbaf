namespace JourneyKit.Rendering.Svg;

/// <summary>Finds text written right to left: Hebrew, Arabic, Syriac, Thaana, N'Ko and their presentation forms.</summary>
internal static class RightToLeft
{
    public static bool Has(string text) =>
        text.AsSpan().IndexOfAnyInRange('\u0590', '\u08FF') >= 0 || text.AsSpan().IndexOfAnyInRange('\uFB1D', '\uFDFF') >= 0
        || text.AsSpan().IndexOfAnyInRange('\uFE70', '\uFEFC') >= 0;
}
