namespace JourneyKit.Rendering.Layout.Lanes;

/// <summary>
/// One lane of the picture, under the stages. <see cref="Ordered"/> is the table of every lane, top to bottom; a new
/// lane is a class added there (and, when users may hide it, a <see cref="MapLanes"/> flag).
/// </summary>
internal abstract class Lane(string nameKey, MapLanes? option)
{
    /// <summary>Gets every lane, in the order the picture shows them.</summary>
    public static IReadOnlyList<Lane> Ordered { get; } =
    [
        new StepLane(),
        new EmotionLane(),
        new TouchpointLane(),
        new TextLane(MapLanes.Actions, "Lane.Doing", BlockKind.Action, step => step.Actions, quoted: false),
        new TextLane(MapLanes.Thoughts, "Lane.Thinking", BlockKind.Thought, step => step.Thoughts, quoted: true),
        new PainPointLane(),
        new OpportunityLane(),
        new OwnerAndMetricLane(),
        new BackStageLane(),
    ];

    /// <summary>Gets the lane's label, left of its first column, in the picture's language.</summary>
    public string Name(LayoutContext context) => context.Language[nameKey];

    /// <summary>
    /// The lane's label at <paramref name="top"/> of the lane, wrapped to the label column so a long one
    /// ("Verantwortliche &amp; Kennzahlen") never runs into the first step's column.
    /// </summary>
    public TextRow Label(LayoutContext context, double top) =>
        new(LayoutMetrics.Pad, top + LayoutMetrics.CellPad + 12, context.Wrap(Name(context), LayoutMetrics.LabelWidth - LayoutMetrics.CellPad, LayoutMetrics.FontSize * LayoutMetrics.Bold), TextStyle.LaneLabel, LayoutMetrics.LineHeight);

    /// <summary>Gets whether the options show this lane; a lane with no <see cref="MapLanes"/> flag always shows.</summary>
    public bool IsShown(RenderOptions options) => option is not { } flag || (options.Lanes & flag) != 0;

    /// <summary>Gets whether the lane shows even when it has nothing to show.</summary>
    protected bool AlwaysShown => option is null;

    /// <summary>Lays the lane out from <paramref name="top"/>; <see langword="null"/> when it has nothing to show.</summary>
    public abstract LaneLayout? Lay(LayoutContext context, IReadOnlyList<Column> columns, double top);
}
