namespace JourneyKit.Rendering.Layout;

/// <summary>
/// A map laid out as a picture, with no markup: where every text, card, lane, curve and line goes. An emitter such as
/// the SVG writer turns it into a drawing; <see cref="MapLayouter"/> makes it. Dispose it to return the lanes' pooled
/// blocks.
/// </summary>
internal sealed class MapLayout : IDisposable
{
    /// <summary>Gets the map's id, from which a drawing makes ids unique per map.</summary>
    public required string MapId { get; init; }

    /// <summary>Gets the map's title.</summary>
    public required string Title { get; init; }

    /// <summary>Gets the picture in words, for readers that cannot see it.</summary>
    public required string Summary { get; init; }

    /// <summary>Gets the language of the texts the picture adds.</summary>
    public required Localization.JourneyLanguage Language { get; init; }

    public required double Width { get; init; }

    public required double Height { get; init; }

    /// <summary>Gets the title, facts, description and personas above the grid.</summary>
    public required IReadOnlyList<TextRow> Header { get; init; }

    /// <summary>Gets the left and right ends of the lanes' dividing lines.</summary>
    public required (double Left, double Right) Grid { get; init; }

    public required StageRow Stages { get; init; }

    /// <summary>Gets the lanes under the stages, top to bottom: the steps, then the lanes the options show.</summary>
    public required IReadOnlyList<LaneLayout> Lanes { get; init; }

    /// <summary>Gets the vertical lines between stages and at the grid's edges.</summary>
    public required ColumnLines ColumnLines { get; init; }

    /// <summary>Gets the list of branches, loops and exits under the grid, or <see langword="null"/> for a linear map.</summary>
    public required PathList? Paths { get; init; }

    public void Dispose()
    {
        foreach (var lane in Lanes)
        {
            (lane as IDisposable)?.Dispose();
        }
    }
}

/// <summary>How a text row looks; the emitter decides what that means in its format.</summary>
internal enum TextStyle
{
    Plain,
    Title,
    Muted,
    Persona,
    LaneLabel,
    Badge,
}

/// <summary>Lines of text from a left edge; the first line's baseline is given, the others follow <see cref="LineHeight"/> apart.</summary>
internal readonly record struct TextRow(double X, double Baseline, WrappedText Lines, TextStyle Style, double LineHeight, bool ListItem = false);

/// <summary>The row of stage cards; a stage spans the columns of its steps.</summary>
internal sealed record StageRow(double Y, double Height, IReadOnlyList<StageCell> Cells);

/// <summary>One stage card, from <see cref="X"/> across <see cref="Width"/>; the first <see cref="Block.HeadingLines"/> lines are its name.</summary>
internal readonly record struct StageCell(Block Block, double X, double Width);

internal sealed record ColumnLines(IReadOnlyList<double> Xs, double Top, double Bottom);

/// <summary>The heading and one line (wrapped) per transition.</summary>
internal sealed record PathList(TextRow Heading, IReadOnlyList<TextRow> Items);

/// <summary>A lane of the picture, from its top to <see cref="Bottom"/>, with its name as a label left of the first column.</summary>
internal abstract class LaneLayout(string name, TextRow label, double top, double bottom)
{
    public string Name => name;

    public TextRow Label => label;

    public double Top => top;

    public double Bottom => bottom;
}

/// <summary>The dashed line between what the customer sees and the back stage, with its label above it.</summary>
internal readonly record struct VisibilityLine(double Left, double Right, double Y, TextRow Label);

/// <summary>
/// A lane of blocks, such as the steps or the pain points: the blocks of every column, placed, in a pooled buffer that
/// <see cref="Dispose"/> returns. A lane below the line of visibility has the line above itself.
/// </summary>
internal sealed class BlockLaneLayout(string name, TextRow label, double top, double bottom, VisibilityLine? lineOfVisibility, PlacedBlocks blocks)
    : LaneLayout(name, label, top, bottom), IDisposable
{
    public VisibilityLine? LineOfVisibility => lineOfVisibility;

    public PlacedBlocks Blocks => blocks;

    public void Dispose() => blocks.Dispose();
}

/// <summary>
/// The emotion lane: the scale's labels, a neutral line, one curve per persona (a legend when there are several) and
/// the feelings in words under each column.
/// </summary>
internal sealed class EmotionLaneLayout(string name, TextRow label, double top, double bottom) : LaneLayout(name, label, top, bottom)
{
    /// <summary>Gets the left and right ends of the plot, where the neutral line runs.</summary>
    public required (double Left, double Right) Plot { get; init; }

    public required IReadOnlyList<AxisLabel> Axis { get; init; }

    public required double NeutralY { get; init; }

    public required IReadOnlyList<EmotionCurve> Curves { get; init; }

    /// <summary>Gets the note on the personas whose curves are left out, or <see langword="null"/> when every curve is drawn.</summary>
    public required TextRow? HiddenCurves { get; init; }

    /// <summary>Gets the feelings in words under each column.</summary>
    public required IReadOnlyList<TextRow> Feelings { get; init; }
}

/// <summary>A score on the emotion scale's axis, right-aligned at <see cref="X"/>.</summary>
internal readonly record struct AxisLabel(double X, double Y, int Score, string Word);

/// <summary>
/// One persona's curve (or everyone's, when <see cref="Persona"/> is <see langword="null"/>), the <see cref="Index"/>th
/// of the lane, so that curves can be told apart; a point per column, <see langword="null"/> where the step has no
/// feeling for it, which breaks the line.
/// </summary>
internal sealed record EmotionCurve(string? Persona, int Index, CurveLegend? Legend, IReadOnlyList<CurvePoint?> Points);

/// <summary>A short line drawn like the curve, from <see cref="X1"/> to <see cref="X2"/>, and the persona's name.</summary>
internal readonly record struct CurveLegend(double X1, double X2, double Y, TextRow Name);

/// <summary>A feeling on the curve; <see cref="Side"/> is above (1), on (0) or below (−1) the neutral line.</summary>
/// <param name="X">The point's x.</param>
/// <param name="Y">The point's y.</param>
/// <param name="Side">Above (1), on (0) or below (−1) the neutral line.</param>
/// <param name="Emotion">The feeling.</param>
/// <param name="Step">The step it is felt at.</param>
/// <param name="LabelX">Where the score's label starts, clear of the curve and of other labels (set by <see cref="Lanes.ScoreLabels"/>).</param>
/// <param name="LabelY">The label's baseline.</param>
internal readonly record struct CurvePoint(double X, double Y, int Side, Emotion Emotion, Step Step, double LabelX = 0, double LabelY = 0);
