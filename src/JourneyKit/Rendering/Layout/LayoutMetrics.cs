namespace JourneyKit.Rendering.Layout;

/// <summary>The picture's measures, in SVG user units (pixels at 100%).</summary>
internal static class LayoutMetrics
{
    /// <summary>The margin around the picture.</summary>
    public const double Pad = 24;

    /// <summary>The width of the lane labels, left of the first column.</summary>
    public const double LabelWidth = 150;

    public const double LineHeight = 16;

    /// <summary>The line height of a stage's name, which is larger than other text.</summary>
    public const double StageNameLineHeight = 18;

    public const double FontSize = 12;

    /// <summary>The space inside a card, around its text.</summary>
    public const double BlockPad = 6;

    /// <summary>The space between the blocks of a cell.</summary>
    public const double BlockGap = 6;

    /// <summary>The space inside a cell, around its blocks.</summary>
    public const double CellPad = 8;

    /// <summary>The height of the emotion curve's plot.</summary>
    public const double PlotHeight = 120;

    public const double MinLaneHeight = 32;

    /// <summary>How much wider bold glyphs are than regular ones, for wrapping.</summary>
    public const double Bold = 1.1;
}
