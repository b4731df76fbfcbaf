namespace JourneyKit.Analysis;

/// <summary>Ranks the steps that hurt and finds the peak and end of the emotion curve, in one pass over the steps.</summary>
internal static class MomentFinder
{
    public static (ValueList<MomentThatMatters> Moments, EmotionPoint? Peak, EmotionPoint? End) Of(JourneyMap map, FlowGraph graph, decimal[] reach)
    {
        var scale = map.EmotionScale;
        var middle = (scale.Min + scale.Max) / 2m;
        var moments = new List<(MomentThatMatters Moment, decimal Exact, int Order)>();
        EmotionPoint? peak = null, end = null;
        var peakDistance = -1m;
        for (var s = 0; s < graph.Steps.Length; s++)
        {
            var (stage, step) = graph.Steps[s];
            if (ScoreOf(step) is not { } score)
            {
                continue;
            }

            var point = new EmotionPoint(step.Id, Figures.Round(score));
            end = point;
            // The peak is the most intense moment, above or below the middle; the first of equals.
            var distance = Math.Abs(score - middle);
            if (distance > peakDistance)
            {
                (peak, peakDistance) = (point, distance);
            }

            if (score >= middle || reach[s] == 0m)
            {
                continue;
            }

            var depth = Math.Min(1m, (middle - score) / (middle - scale.Min));
            PainSeverity? worst = step.PainPoints.IsEmpty ? null : step.PainPoints.Max(p => p.Severity);
            var hurt = depth * Weight(worst) * reach[s];
            moments.Add((new MomentThatMatters(step.Id, stage.Id, Figures.Round(score), Figures.Round(depth), worst, Figures.Round(reach[s]), Figures.Round(hurt)), hurt, s));
        }

        var ranked = moments.OrderByDescending(m => m.Exact).ThenBy(m => m.Order).Select(m => m.Moment);
        return (ValueList.From(ranked), peak, end);
    }

    /// <summary>A step's score: its emotion for everyone, else the average of its personas' scores, else none.</summary>
    public static decimal? ScoreOf(Step step) => step.Emotion is { } everyone
        ? everyone.Score
        : step.Emotions.IsEmpty ? null : step.Emotions.Sum(e => (decimal)e.Score) / step.Emotions.Count;

    /// <summary>How much a step's worst pain point weighs: 1 without one or for a low one, 2 medium, 3 high, 4 critical.</summary>
    public static int Weight(PainSeverity? worst) => worst switch
    {
        PainSeverity.Critical => 4,
        PainSeverity.High => 3,
        PainSeverity.Medium => 2,
        _ => 1,
    };
}
