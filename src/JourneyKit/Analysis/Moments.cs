namespace JourneyKit.Analysis;

/// <summary>
/// A step that hurts: its emotion below the middle of the map's scale, weighted by its worst pain point and by the
/// share of customers who reach it.
/// </summary>
/// <remarks>
/// <see cref="Hurt"/> = depth × severity weight × reach, where depth = (middle − score) ÷ (middle − lowest score of the
/// scale), from 0 to 1; the severity weight is 1 without a pain point or for a low one, 2 for medium, 3 for high and 4
/// for critical; and reach is <see cref="FunnelStep.Reach"/>. Immutable and thread-safe.
/// </remarks>
public sealed record MomentThatMatters
{
    internal MomentThatMatters(string stepId, string stageId, decimal score, decimal depth, PainSeverity? worstPainPoint, decimal reach, decimal hurt)
    {
        StepId = stepId;
        StageId = stageId;
        Score = score;
        Depth = depth;
        WorstPainPoint = worstPainPoint;
        Reach = reach;
        Hurt = hurt;
    }

    /// <summary>Gets the step's id.</summary>
    public string StepId { get; }

    /// <summary>Gets the id of the step's stage.</summary>
    public string StageId { get; }

    /// <summary>Gets the step's emotion score: the one for everyone, else the average of its personas' scores.</summary>
    public decimal Score { get; }

    /// <summary>Gets how far below the middle of the scale the score is, from 0 to 1.</summary>
    public decimal Depth { get; }

    /// <summary>Gets the severity of the step's worst pain point, or <see langword="null"/> when it has none.</summary>
    public PainSeverity? WorstPainPoint { get; }

    /// <summary>Gets the share of customers who reach the step.</summary>
    public decimal Reach { get; }

    /// <summary>Gets how much the step hurts, from 0 to 4: depth × severity weight × reach.</summary>
    public decimal Hurt { get; }
}

/// <summary>A point of the emotion curve: a step and its score.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record EmotionPoint
{
    internal EmotionPoint(string stepId, decimal score)
    {
        StepId = stepId;
        Score = score;
    }

    /// <summary>Gets the step's id.</summary>
    public string StepId { get; }

    /// <summary>Gets the score: the one for everyone, else the average of the personas' scores (or one persona's, in its curve).</summary>
    public decimal Score { get; }
}
