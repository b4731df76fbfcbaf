namespace JourneyKit.Analysis;

/// <summary>
/// Two maps of the same journey for different segments (personas), compared stage by stage: each stage's emotion and
/// conversion for both, where the emotion curves diverge, the pain points only one segment has, and the journey's
/// conversion for each. Made by <see cref="Of"/>; the figures are defined in docs/analysis-segments.md.
/// </summary>
/// <remarks>
/// Stages and steps are matched by id, then by name; pain points by id, then by description; names and descriptions
/// without regard to case. Deterministic and linear in the two maps' elements. Immutable and thread-safe.
/// </remarks>
public sealed record SegmentComparison
{
    /// <summary>How far apart, in points of the emotion scale, two scores must be for the curves to diverge there: 1.</summary>
    public const int DivergenceThreshold = 1;

    private SegmentComparison(JourneyMap first, JourneyMap second)
    {
        First = first;
        Second = second;
    }

    /// <summary>Gets the first segment's map.</summary>
    public JourneyMap First { get; }

    /// <summary>Gets the second segment's map.</summary>
    public JourneyMap Second { get; }

    /// <summary>Gets the share of the first segment's customers who complete the journey (<see cref="Funnel.JourneyConversion"/>).</summary>
    public decimal FirstConversion { get; private init; }

    /// <summary>Gets the share of the second segment's customers who complete the journey.</summary>
    public decimal SecondConversion { get; private init; }

    /// <summary>Gets the stages both maps have, in the first map's order.</summary>
    public ValueList<SegmentStage> Stages { get; private init; }

    /// <summary>Gets the ids of the first map's stages the second map lacks, in order.</summary>
    public ValueList<string> StagesOnlyInFirst { get; private init; }

    /// <summary>Gets the ids of the second map's stages the first map lacks, in order.</summary>
    public ValueList<string> StagesOnlyInSecond { get; private init; }

    /// <summary>
    /// Gets the stages (by their average emotion) and steps both maps have whose scores are at least
    /// <see cref="DivergenceThreshold"/> apart, in the first map's timeline order, each stage before its steps.
    /// </summary>
    public ValueList<CurveDivergence> Divergences { get; private init; }

    /// <summary>Gets the pain points of the first map the second lacks, in timeline order.</summary>
    public ValueList<SegmentPainPoint> PainPointsOnlyInFirst { get; private init; }

    /// <summary>Gets the pain points of the second map the first lacks, in timeline order.</summary>
    public ValueList<SegmentPainPoint> PainPointsOnlyInSecond { get; private init; }

    /// <summary>Compares two maps of the same journey for different segments.</summary>
    /// <param name="first">The first segment's map.</param>
    /// <param name="second">The second segment's map.</param>
    /// <param name="options">How to analyse the maps for their conversion; <see cref="AnalysisOptions.Default"/> when <see langword="null"/>.</param>
    /// <returns>The comparison.</returns>
    public static SegmentComparison Of(JourneyMap first, JourneyMap second, AnalysisOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(first);
        ArgumentNullException.ThrowIfNull(second);

        // Only the funnel is read: one route is enough, so the analyses stay linear in the maps.
        options = (options ?? AnalysisOptions.Default) with { MaxRoutes = 1 };
        var (funnelA, funnelB) = (JourneyAnalysis.Of(first, options).Funnel, JourneyAnalysis.Of(second, options).Funnel);

        var stageMatch = Matching.Of(first.Stages, second.Stages, s => s.Id, s => s.Name);
        var stepMatch = Matching.Of(first.Steps, second.Steps, s => s.Id, s => s.Name);
        var stepIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < first.Steps.Count; i++)
        {
            stepIndex[first.Steps[i].Id] = i;
        }

        var stages = new List<SegmentStage>();
        var divergences = new List<CurveDivergence>();
        for (var i = 0; i < first.Stages.Count; i++)
        {
            var stage = first.Stages[i];
            if (stageMatch.OfFirst[i] is var j and >= 0)
            {
                var other = second.Stages[j];
                var (a, b) = (Figures.Round(StageEmotion.Average(stage)), Figures.Round(StageEmotion.Average(other)));
                stages.Add(new SegmentStage(stage.Id, other.Id, stage.Name, a, b, funnelA.Stages[i].Conversion, funnelB.Stages[j].Conversion));
                Diverge(divergences, ElementKind.Stage, stage.Id, other.Id, stage.Name, a, b);
            }

            foreach (var step in stage.Steps)
            {
                if (stepMatch.OfFirst[stepIndex[step.Id]] is var k and >= 0)
                {
                    var other = second.Steps[k];
                    Diverge(divergences, ElementKind.Step, step.Id, other.Id, step.Name,
                        Figures.Round(MomentFinder.ScoreOf(step)), Figures.Round(MomentFinder.ScoreOf(other)));
                }
            }
        }

        var (painA, painB) = (PainPointsOf(first), PainPointsOf(second));
        var painMatch = Matching.Of(painA, painB, p => p.PainPoint.Id, p => p.PainPoint.Description);
        return new SegmentComparison(first, second)
        {
            FirstConversion = funnelA.JourneyConversion,
            SecondConversion = funnelB.JourneyConversion,
            Stages = ValueList.From(stages),
            StagesOnlyInFirst = ValueList.From(first.Stages.Where((_, i) => stageMatch.OfFirst[i] < 0).Select(s => s.Id)),
            StagesOnlyInSecond = ValueList.From(second.Stages.Where((_, j) => !stageMatch.SecondMatched[j]).Select(s => s.Id)),
            Divergences = ValueList.From(divergences),
            PainPointsOnlyInFirst = ValueList.From(painA.Where((_, i) => painMatch.OfFirst[i] < 0)),
            PainPointsOnlyInSecond = ValueList.From(painB.Where((_, j) => !painMatch.SecondMatched[j])),
        };
    }

    private static void Diverge(List<CurveDivergence> divergences, ElementKind kind, string firstId, string secondId, string name, decimal? first, decimal? second)
    {
        if (first is { } a && second is { } b && Math.Abs(b - a) >= DivergenceThreshold)
        {
            divergences.Add(new CurveDivergence(kind, firstId, secondId, name, a, b));
        }
    }

    private static List<SegmentPainPoint> PainPointsOf(JourneyMap map)
    {
        var painPoints = new List<SegmentPainPoint>();
        foreach (var stage in map.Stages)
        {
            foreach (var step in stage.Steps)
            {
                painPoints.AddRange(step.PainPoints.Select(p => new SegmentPainPoint(stage.Id, step.Id, step.Name, p)));
            }
        }

        return painPoints;
    }

    /// <summary>Pairs two lists' elements by id, then what is left by name without regard to case, each in order; linear.</summary>
    private sealed class Matching
    {
        private Matching(int[] ofFirst, bool[] secondMatched)
        {
            OfFirst = ofFirst;
            SecondMatched = secondMatched;
        }

        /// <summary>Gets, for each element of the first list, the index of its match in the second, or −1.</summary>
        public int[] OfFirst { get; }

        /// <summary>Gets, for each element of the second list, whether it has a match.</summary>
        public bool[] SecondMatched { get; }

        public static Matching Of<T>(IReadOnlyList<T> first, IReadOnlyList<T> second, Func<T, string> id, Func<T, string> name)
        {
            var ofFirst = new int[first.Count];
            var matched = new bool[second.Count];
            var byId = new Dictionary<string, int>(StringComparer.Ordinal);
            for (var j = 0; j < second.Count; j++)
            {
                byId.TryAdd(id(second[j]), j);
            }

            for (var i = 0; i < first.Count; i++)
            {
                ofFirst[i] = byId.TryGetValue(id(first[i]), out var j) && !matched[j] ? j : -1;
                if (ofFirst[i] >= 0)
                {
                    matched[ofFirst[i]] = true;
                }
            }

            var byName = new Dictionary<string, Queue<int>>(StringComparer.OrdinalIgnoreCase);
            for (var j = 0; j < second.Count; j++)
            {
                if (!matched[j])
                {
                    var key = name(second[j]);
                    if (!byName.TryGetValue(key, out var queue))
                    {
                        byName[key] = queue = new Queue<int>();
                    }

                    queue.Enqueue(j);
                }
            }

            for (var i = 0; i < first.Count; i++)
            {
                if (ofFirst[i] < 0 && byName.TryGetValue(name(first[i]), out var queue) && queue.TryDequeue(out var j))
                {
                    (ofFirst[i], matched[j]) = (j, true);
                }
            }

            return new Matching(ofFirst, matched);
        }
    }
}
