namespace JourneyKit.Analysis;

/// <summary>One stage both segments' maps have: each segment's average emotion and conversion, and the gap between them.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record SegmentStage
{
    internal SegmentStage(string firstStageId, string secondStageId, string name, decimal? firstEmotion, decimal? secondEmotion, decimal? firstConversion, decimal? secondConversion)
    {
        FirstStageId = firstStageId;
        SecondStageId = secondStageId;
        Name = name;
        FirstEmotion = firstEmotion;
        SecondEmotion = secondEmotion;
        FirstConversion = firstConversion;
        SecondConversion = secondConversion;
    }

    /// <summary>Gets the stage's id in the first map.</summary>
    public string FirstStageId { get; }

    /// <summary>Gets the stage's id in the second map (the same as <see cref="FirstStageId"/> unless it was matched by name).</summary>
    public string SecondStageId { get; }

    /// <summary>Gets the stage's name in the first map.</summary>
    public string Name { get; }

    /// <summary>Gets the average score of the stage's steps with an emotion in the first map, or <see langword="null"/> when none has one.</summary>
    public decimal? FirstEmotion { get; }

    /// <summary>Gets the average score of the stage's steps with an emotion in the second map, or <see langword="null"/> when none has one.</summary>
    public decimal? SecondEmotion { get; }

    /// <summary>Gets <see cref="SecondEmotion"/> − <see cref="FirstEmotion"/>: positive when the second segment feels better, or <see langword="null"/> when either is unknown.</summary>
    public decimal? Gap => Figures.Round(SecondEmotion - FirstEmotion);

    /// <summary>Gets the stage's conversion in the first map (<see cref="FunnelStage.Conversion"/>), or <see langword="null"/> when nobody enters it.</summary>
    public decimal? FirstConversion { get; }

    /// <summary>Gets the stage's conversion in the second map, or <see langword="null"/> when nobody enters it.</summary>
    public decimal? SecondConversion { get; }
}

/// <summary>A stage or step where the two segments' emotion curves are at least <see cref="SegmentComparison.DivergenceThreshold"/> apart.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record CurveDivergence
{
    internal CurveDivergence(ElementKind kind, string firstId, string secondId, string name, decimal firstScore, decimal secondScore)
    {
        Kind = kind;
        FirstId = firstId;
        SecondId = secondId;
        Name = name;
        FirstScore = firstScore;
        SecondScore = secondScore;
    }

    /// <summary>Gets whether it is a <see cref="ElementKind.Stage"/> (its average emotion) or a <see cref="ElementKind.Step"/>.</summary>
    public ElementKind Kind { get; }

    /// <summary>Gets the stage's or step's id in the first map.</summary>
    public string FirstId { get; }

    /// <summary>Gets its id in the second map.</summary>
    public string SecondId { get; }

    /// <summary>Gets its name in the first map.</summary>
    public string Name { get; }

    /// <summary>Gets the first segment's score: the step's, or the stage's average.</summary>
    public decimal FirstScore { get; }

    /// <summary>Gets the second segment's score.</summary>
    public decimal SecondScore { get; }

    /// <summary>Gets <see cref="SecondScore"/> − <see cref="FirstScore"/>: positive when the second segment feels better.</summary>
    public decimal Gap => Figures.Round(SecondScore - FirstScore);
}

/// <summary>A pain point only one segment's map has, with the step it belongs to.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record SegmentPainPoint
{
    internal SegmentPainPoint(string stageId, string stepId, string stepName, PainPoint painPoint)
    {
        StageId = stageId;
        StepId = stepId;
        StepName = stepName;
        PainPoint = painPoint;
    }

    /// <summary>Gets the id of the step's stage.</summary>
    public string StageId { get; }

    /// <summary>Gets the step's id.</summary>
    public string StepId { get; }

    /// <summary>Gets the step's name.</summary>
    public string StepName { get; }

    /// <summary>Gets the pain point.</summary>
    public PainPoint PainPoint { get; }
}
