using JourneyKit.Localization;

namespace JourneyKit.Rendering;

/// <summary>How a map is drawn: which lanes show, how wide a step's column is, the colours, and whose emotions the curve follows.</summary>
/// <remarks>Immutable; change a copy with <c>with</c>, as in <c>RenderOptions.Default with { Lanes = MapLanes.Emotions }</c>.</remarks>
public sealed record RenderOptions
{
    /// <summary>The narrowest column, in pixels.</summary>
    public const int MinColumnWidth = 120;

    /// <summary>The widest column, in pixels.</summary>
    public const int MaxColumnWidth = 600;

    private readonly int _columnWidth = 200;
    private readonly MapLanes _lanes = MapLanes.All;
    private readonly RenderTheme _theme = RenderTheme.Light;
    private readonly AnalysisCharts _charts;

    /// <summary>Gets the defaults: every lane, 200-pixel columns, the light theme, every persona's curve.</summary>
    public static RenderOptions Default { get; } = new();

    /// <summary>Gets the lanes to show under the stages and steps.</summary>
    public MapLanes Lanes
    {
        get => _lanes;
        init => _lanes = (value & ~MapLanes.All) == 0 ? value : throw new ArgumentOutOfRangeException(nameof(Lanes), value, "Not a combination of MapLanes values.");
    }

    /// <summary>Gets the width of one step's column in pixels, from <see cref="MinColumnWidth"/> to <see cref="MaxColumnWidth"/>; text wraps to fit.</summary>
    public int ColumnWidth
    {
        get => _columnWidth;
        init => _columnWidth = value is >= MinColumnWidth and <= MaxColumnWidth
            ? value
            : throw new ArgumentOutOfRangeException(nameof(ColumnWidth), value, $"A column is {MinColumnWidth} to {MaxColumnWidth} pixels wide.");
    }

    /// <summary>Gets the colours.</summary>
    public RenderTheme Theme { get => _theme; init => _theme = value ?? throw new ArgumentNullException(nameof(Theme)); }

    /// <summary>
    /// Gets the id of the one persona whose emotions the curve follows, or <see langword="null"/> (the default) for a curve
    /// per persona when steps have emotions per persona, and one curve otherwise.
    /// </summary>
    public string? PersonaId { get; init; }

    /// <summary>
    /// Gets the language of the texts the picture and the page add around the map's own labels (lane titles, facts,
    /// legends, headings, table headers, the accessible title and description) and of its numbers, or
    /// <see langword="null"/> (the default) for the map's own <see cref="JourneyMap.Language"/> when it is built in, and English otherwise.
    /// </summary>
    public JourneyLanguage? Language { get; init; }

    /// <summary>
    /// Gets the charts of the map's analysis (<see cref="JourneyAnalysisCharts"/>) that <see cref="JourneyMapHtml"/> adds
    /// in a section after its tables, or <see cref="AnalysisCharts.None"/> (the default) for none. The SVG picture never
    /// shows them: draw them apart with <see cref="JourneyAnalysisCharts"/>.
    /// </summary>
    public AnalysisCharts Charts
    {
        get => _charts;
        init => _charts = (value & ~AnalysisCharts.All) == 0 ? value : throw new ArgumentOutOfRangeException(nameof(Charts), value, "Not a combination of AnalysisCharts values.");
    }
}
