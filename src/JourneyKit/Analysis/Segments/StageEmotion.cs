namespace JourneyKit.Analysis;

/// <summary>A stage's emotion as the analysis reads it, shared by the summary of a diff and the comparison of segments.</summary>
internal static class StageEmotion
{
    /// <summary>The average score of the stage's steps that have one (see <see cref="MomentFinder.ScoreOf"/>), exact; <see langword="null"/> when none has.</summary>
    public static decimal? Average(Stage stage)
    {
        var (sum, count) = (0m, 0);
        foreach (var step in stage.Steps)
        {
            if (MomentFinder.ScoreOf(step) is { } score)
            {
                (sum, count) = (sum + score, count + 1);
            }
        }

        return count == 0 ? null : sum / count;
    }

    /// <summary>How much the stage's steps hurt together: the sum of its moments' <see cref="MomentThatMatters.Hurt"/>, by stage id.</summary>
    public static Dictionary<string, decimal> HurtByStage(JourneyAnalysis analysis)
    {
        var hurt = new Dictionary<string, decimal>(StringComparer.Ordinal);
        foreach (var moment in analysis.Moments)
        {
            hurt[moment.StageId] = hurt.GetValueOrDefault(moment.StageId) + moment.Hurt;
        }

        return hurt;
    }
}
