using static JourneyKit.Rendering.Layout.LayoutMetrics;

namespace JourneyKit.Rendering.Layout;

/// <summary>What a block shows, which decides how the emitter styles it.</summary>
internal enum BlockKind : byte
{
    Stage,
    Step,
    Note,
    Touchpoint,
    Action,
    Thought,
    PainPoint,
    Opportunity,
    Owner,
    Metric,
    BackStageItem,
}

/// <summary>
/// One block of a cell. A block is plain text unless it is a step or a stage, has a colour bar (pain points,
/// opportunities, back-stage items) or carries a change mark; then it is a card with an optional badge line.
/// </summary>
internal readonly record struct Block(BlockKind Kind, WrappedText Lines, WrappedText BadgeLines, Mark Mark, string? Tip, double Bar = 0, int HeadingLines = 0, bool Quoted = false)
{
    /// <summary>Gets whether the block is plain text rather than a card.</summary>
    public bool Plain => Mark == Mark.None && Bar == 0 && Kind is not (BlockKind.Step or BlockKind.Stage);

    public double Height => Plain
        ? (Lines.Length * LineHeight) + 2
        : (BlockPad * 2) + ((Lines.Length + BadgeLines.Length) * LineHeight) + (HeadingLines * (StageNameLineHeight - LineHeight)) + 4 + (Mark == Mark.None ? 0 : LineHeight);
}

/// <summary>A block where the layout put it: its top left corner and its width.</summary>
internal readonly record struct PlacedBlock(Block Block, double X, double Y, double Width);
