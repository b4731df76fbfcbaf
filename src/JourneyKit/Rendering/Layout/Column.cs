namespace JourneyKit.Rendering.Layout;

/// <summary>
/// One column of the picture: a step, or a stage that has none. A ghost is a stage or step the later revision removed,
/// drawn where it was. A map with no stages has one empty column.
/// </summary>
internal sealed record Column(Stage? Stage, Step? Step, bool Ghost);
