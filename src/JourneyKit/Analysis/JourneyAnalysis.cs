namespace JourneyKit.Analysis;

/// <summary>
/// What a map says when it is read to act on it: the routes customers take, where they are lost, which moments hurt
/// most, which opportunity to take first, and what the map leaves uncovered. Made by <see cref="Of"/> or
/// <see cref="AnalysisExtensions.Analyze"/>; every figure is defined in docs/analysis.md.
/// </summary>
/// <remarks>
/// Deterministic: the same map and options give an equal analysis, with exact decimal arithmetic rounded to 6 decimal
/// places when reported. Linear in steps plus transitions, except the route listing, which stops at
/// <see cref="AnalysisOptions.MaxRoutes"/>. Immutable and thread-safe.
/// </remarks>
public sealed record JourneyAnalysis
{
    private JourneyAnalysis(string mapId, RouteListing routes, ValueList<string> unreachable, ValueList<string> deadEnds, Funnel funnel,
        ValueList<MomentThatMatters> moments, EmotionPoint? peak, EmotionPoint? end, ValueList<PrioritizedOpportunity> priorities, Coverage coverage)
    {
        MapId = mapId;
        Routes = routes;
        UnreachableStepIds = unreachable;
        DeadEndStepIds = deadEnds;
        Funnel = funnel;
        Moments = moments;
        Peak = peak;
        End = end;
        Priorities = priorities;
        Coverage = coverage;
    }

    /// <summary>Gets the id of the map analysed.</summary>
    public string MapId { get; }

    /// <summary>Gets the distinct routes through the map, most likely first.</summary>
    public RouteListing Routes { get; }

    /// <summary>Gets the ids of the steps no route reaches from the first step, in timeline order.</summary>
    public ValueList<string> UnreachableStepIds { get; }

    /// <summary>Gets the ids of the steps customers reach but from which they can neither finish nor exit, in timeline order.</summary>
    public ValueList<string> DeadEndStepIds { get; }

    /// <summary>Gets where customers go and where they are lost.</summary>
    public Funnel Funnel { get; }

    /// <summary>Gets the steps that hurt, the most first (by <see cref="MomentThatMatters.Hurt"/>, then in timeline order).</summary>
    public ValueList<MomentThatMatters> Moments { get; }

    /// <summary>Gets the most intense point of the emotion curve, above or below the middle of the scale (the first of equals), or <see langword="null"/> when no step has an emotion.</summary>
    public EmotionPoint? Peak { get; }

    /// <summary>Gets the last point of the emotion curve, or <see langword="null"/> when no step has an emotion.</summary>
    public EmotionPoint? End { get; }

    /// <summary>Gets every opportunity in priority order.</summary>
    public ValueList<PrioritizedOpportunity> Priorities { get; }

    /// <summary>Gets what the map covers and leaves open.</summary>
    public Coverage Coverage { get; }

    /// <summary>Analyses a map.</summary>
    /// <param name="map">The map.</param>
    /// <param name="options">How to analyse it; <see cref="AnalysisOptions.Default"/> when <see langword="null"/>.</param>
    /// <returns>The analysis.</returns>
    public static JourneyAnalysis Of(JourneyMap map, AnalysisOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(map);
        options ??= AnalysisOptions.Default;
        var graph = FlowGraph.Build(map);
        var funnel = FunnelCalculator.Of(map, graph, options, out var reach);
        var (moments, peak, end) = MomentFinder.Of(map, graph, reach);
        var steps = Enumerable.Range(0, graph.Steps.Length);
        return new JourneyAnalysis(
            map.Id,
            RouteFinder.List(graph, options),
            ValueList.From(steps.Where(s => !graph.Reachable[s]).Select(s => graph.Steps[s].Step.Id)),
            ValueList.From(steps.Where(s => graph.Reachable[s] && !graph.CanFinish[s]).Select(s => graph.Steps[s].Step.Id)),
            funnel,
            moments,
            peak,
            end,
            PriorityRanker.Of(graph, moments),
            CoverageFinder.Of(map));
    }
}

/// <summary>Analyses maps: <c>map.Analyze()</c>.</summary>
public static class AnalysisExtensions
{
    /// <summary>Analyses a map: <see cref="JourneyAnalysis.Of"/>.</summary>
    /// <param name="map">The map.</param>
    /// <param name="options">How to analyse it; <see cref="AnalysisOptions.Default"/> when <see langword="null"/>.</param>
    /// <returns>The analysis.</returns>
    public static JourneyAnalysis Analyze(this JourneyMap map, AnalysisOptions? options = null) => JourneyAnalysis.Of(map, options);
}
