using JourneyKit.Analysis;
using JourneyKit.Localization;
using JourneyKit.Rendering.Charts;
using JourneyKit.Rendering.Svg;

namespace JourneyKit.Rendering;

/// <summary>
/// Draws a map's <see cref="JourneyAnalysis"/> as SVG charts in the picture's style: the funnel, the value/effort matrix,
/// and emotion curves of several personas or segments overlaid. Each chart is a standalone <c>&lt;svg&gt;</c> element,
/// to save as a file or put in a page; <see cref="RenderOptions.Charts"/> adds them to the HTML page.
/// </summary>
/// <remarks>
/// The charts follow <see cref="Options"/>' theme and language (its lanes, column width and persona do not apply). As
/// in the map's picture, every label is escaped text, long labels wrap and are never cut, colour is never the only cue
/// (drop-offs are also marked with a triangle and words, curves each have their own dash and marker), and each chart
/// has a <c>&lt;title&gt;</c> and a <c>&lt;desc&gt;</c> in the language, and no scripts, links or external resources.
/// The same input always gives the same bytes, in time linear in the map. Immutable and thread-safe.
/// </remarks>
public sealed class JourneyAnalysisCharts
{
    private readonly RenderOptions _options = RenderOptions.Default;

    /// <summary>Gets the chart writer with the default options.</summary>
    public static JourneyAnalysisCharts Default { get; } = new();

    /// <summary>Gets the theme and language of the charts; set it in an object initializer, as in <c>new JourneyAnalysisCharts { Options = ... }</c>.</summary>
    /// <exception cref="ArgumentNullException">The value is <see langword="null"/>.</exception>
    public RenderOptions Options { get => _options; init => _options = value ?? throw new ArgumentNullException(nameof(value)); }

    /// <summary>
    /// Draws the funnel: a bar per step, grouped by stage, as long as the share of customers who reach it, with the share
    /// each stage passes on, the journey's conversion, and the biggest drop-offs marked with the share they lose.
    /// </summary>
    /// <param name="analysis">The map's analysis.</param>
    /// <param name="map">The map analysed, for its names.</param>
    /// <returns>The <c>&lt;svg&gt;</c> element.</returns>
    /// <exception cref="ArgumentException"><paramref name="analysis"/> is of another map.</exception>
    public string Funnel(JourneyAnalysis analysis, JourneyMap map) => Text(AnalysisCharts.Funnel, analysis, map);

    /// <summary>
    /// Draws the value/effort matrix: impact up and effort to the right, a cell for each pair of levels under the four
    /// quadrants (quick wins, major projects, fill-ins, to reconsider), each opportunity a card with its title and step,
    /// numbered in <see cref="JourneyAnalysis.Priorities"/> order, the cards of a cell stacked.
    /// </summary>
    /// <param name="analysis">The map's analysis.</param>
    /// <param name="map">The map analysed, for its titles.</param>
    /// <returns>The <c>&lt;svg&gt;</c> element.</returns>
    /// <exception cref="ArgumentException"><paramref name="analysis"/> is of another map.</exception>
    public string ValueEffortMatrix(JourneyAnalysis analysis, JourneyMap map) => Text(AnalysisCharts.ValueEffortMatrix, analysis, map);

    /// <summary>
    /// Draws each persona's emotion curve (<see cref="Coverage.PersonaCurves"/>) overlaid on the map's scale, a point per
    /// step, each curve with its own colour, dash and marker, named in a legend; one curve for all customers when the map
    /// has no personas.
    /// </summary>
    /// <param name="analysis">The map's analysis.</param>
    /// <param name="map">The map analysed, for its names and scale.</param>
    /// <returns>The <c>&lt;svg&gt;</c> element.</returns>
    /// <exception cref="ArgumentException"><paramref name="analysis"/> is of another map.</exception>
    public string EmotionCurves(JourneyAnalysis analysis, JourneyMap map) => Text(AnalysisCharts.EmotionCurves, analysis, map);

    /// <summary>
    /// Draws the emotion curves of several segments overlaid, such as one map per customer segment or per research
    /// wave: a point per stage, matched by stage id (in order of first appearance, named as in the first map that has
    /// it), each the average score of the stage's steps (a step's score is the one for everyone, else the average of its
    /// personas'), on one axis from the lowest to the highest end of the maps' scales.
    /// </summary>
    /// <param name="segments">Each segment's name, as the legend shows it, and map.</param>
    /// <returns>The <c>&lt;svg&gt;</c> element, in the language of <see cref="Options"/>, else of the first map.</returns>
    /// <exception cref="ArgumentException"><paramref name="segments"/> is empty, or a name or map is <see langword="null"/>.</exception>
    public string EmotionCurves(IReadOnlyList<(string Name, JourneyMap Map)> segments)
    {
        ArgumentNullException.ThrowIfNull(segments);
        if (segments.Count == 0)
        {
            throw new ArgumentException("Give at least one segment to draw.", nameof(segments));
        }

        for (var i = 0; i < segments.Count; i++)
        {
            if (segments[i].Name is null || segments[i].Map is null)
            {
                throw new ArgumentException($"Segment {i} has no {(segments[i].Name is null ? "name" : "map")}.", nameof(segments));
            }
        }

        using var svg = CurvesChart.Draw(segments, Options.Theme, JourneyLanguage.Choose(Options.Language, segments[0].Map));
        return svg.ToString();
    }

    /// <summary>Draws one chart, for the HTML page.</summary>
    internal SvgDocument Draw(AnalysisCharts chart, JourneyAnalysis analysis, JourneyMap map)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        ArgumentNullException.ThrowIfNull(map);
        if (analysis.MapId != map.Id)
        {
            throw new ArgumentException($"The analysis is of map '{analysis.MapId}', not of '{map.Id}'; analyse the map to chart it: map.Analyze().", nameof(analysis));
        }

        var words = JourneyLanguage.Choose(Options.Language, map);
        return chart switch
        {
            AnalysisCharts.Funnel => FunnelChart.Draw(analysis, map, Options.Theme, words),
            AnalysisCharts.ValueEffortMatrix => MatrixChart.Draw(analysis, map, Options.Theme, words),
            _ => CurvesChart.Draw(analysis, map, Options.Theme, words),
        };
    }

    private string Text(AnalysisCharts chart, JourneyAnalysis analysis, JourneyMap map)
    {
        using var svg = Draw(chart, analysis, map);
        return svg.ToString();
    }
}
