using static JourneyKit.Rendering.Layout.LayoutMetrics;

namespace JourneyKit.Rendering.Layout;

/// <summary>
/// One block of a cell: a card (a step, pain point, opportunity, metric or back-stage item, with an optional badge line
/// and colour bar) or plain text (a touchpoint, action, thought, owner or note).
/// </summary>
internal readonly record struct Block(string Class, WrappedText Lines, WrappedText? BadgeLines, Mark Mark, string? Tip, double Bar = 0, string? BarColour = null, int HeadingLines = 0, bool Quoted = false)
{
    /// <summary>Gets whether the block is plain text (a touchpoint, action, thought, owner, metric or note) rather than a card.</summary>
    public bool Plain => Mark == Mark.None && BarColour is null && Class is not ("step" or "stage");

    public double Height => Plain
        ? (Lines.Length * LineHeight) + 2
        : (BlockPad * 2) + ((Lines.Length + (BadgeLines?.Length ?? 0)) * LineHeight) + (HeadingLines * 2) + 4 + (Mark == Mark.None ? 0 : LineHeight);
}

/// <summary>A block where the layout put it: the card's top left corner and width.</summary>
internal readonly record struct PlacedBlock(Block Block, double X, double Y, double Width);
