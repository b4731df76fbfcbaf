using static JourneyKit.Rendering.Layout.LayoutMetrics;

namespace JourneyKit.Rendering.Layout.Lanes;

/// <summary>One column of a block lane: places the blocks a lane gives it top to bottom, as they come.</summary>
internal sealed class Cell(PlacedBlocks blocks)
{
    private double _x;
    private double _top;
    private double _width;

    /// <summary>Gets how far down the blocks placed so far reach, the gap after each included.</summary>
    public double Height { get; private set; }

    /// <summary>Starts a new column whose first block goes at (<paramref name="x"/>, <paramref name="top"/>).</summary>
    public void Start(double x, double top, double width)
    {
        (_x, _top, _width) = (x, top, width);
        Height = 0;
    }

    /// <summary>Places a block below the ones before it.</summary>
    public void Add(in Block block)
    {
        blocks.Add(new PlacedBlock(block, _x, _top + Height, _width));
        Height += block.Height + BlockGap;
    }
}
