namespace JourneyKit.Rendering;

/// <summary>The charts of a map's analysis that the HTML page and the Markdown export add; combine them with <c>|</c>.</summary>
[Flags]
public enum AnalysisCharts
{
    /// <summary>No charts: the default, so pages and exports stay as they were.</summary>
    None = 0,

    /// <summary>The funnel: the share of customers who reach each step, the biggest drop-offs marked.</summary>
    Funnel = 1,

    /// <summary>The value/effort matrix: the opportunities by impact and effort, in quadrants, numbered in priority order.</summary>
    ValueEffortMatrix = 2,

    /// <summary>The emotion curve of each persona, overlaid.</summary>
    EmotionCurves = 4,

    /// <summary>All three charts.</summary>
    All = Funnel | ValueEffortMatrix | EmotionCurves,
}
