using System.Globalization;

namespace JourneyKit.Diffing;

/// <summary>A pain point or opportunity that appeared or went away, with the step it belongs to.</summary>
/// <typeparam name="T">The element: a <see cref="PainPoint"/> or an <see cref="Opportunity"/>.</typeparam>
public sealed record StepElement<T>
{
    internal StepElement(string stepId, string stepName, T element)
    {
        StepId = stepId;
        StepName = stepName;
        Element = element;
    }

    /// <summary>Gets the step's id.</summary>
    public string StepId { get; }

    /// <summary>Gets the step's name.</summary>
    public string StepName { get; }

    /// <summary>Gets the pain point or opportunity.</summary>
    public T Element { get; }
}

/// <summary>How one step's emotion changed for one persona (or for everyone).</summary>
public sealed record EmotionShift
{
    internal EmotionShift(string stepId, string stepName, string? personaId, int? before, int? after)
    {
        StepId = stepId;
        StepName = stepName;
        PersonaId = personaId;
        Before = before;
        After = after;
    }

    /// <summary>Gets the step's id in the newer revision.</summary>
    public string StepId { get; }

    /// <summary>Gets the step's name in the newer revision.</summary>
    public string StepName { get; }

    /// <summary>Gets the persona, or <see langword="null"/> for the emotion felt by everyone.</summary>
    public string? PersonaId { get; }

    /// <summary>Gets the score before, if one was recorded.</summary>
    public int? Before { get; }

    /// <summary>Gets the score after, if one is recorded.</summary>
    public int? After { get; }

    /// <summary>Gets how much the score rose (positive) or fell (negative), when both scores are known.</summary>
    public int? Delta => After - Before;

    /// <inheritdoc />
    public override string ToString() => string.Create(
        CultureInfo.InvariantCulture, $"EmotionShift {{ StepId = {StepId}, StepName = {StepName}, PersonaId = {PersonaId}, Before = {Before}, After = {After} }}");
}

/// <summary>Which way a metric moved between revisions.</summary>
public enum MetricTrend
{
    /// <summary>The actual value moved closer to the target, or onto it.</summary>
    TowardTarget,

    /// <summary>The actual value moved further from the target.</summary>
    AwayFromTarget,

    /// <summary>No target; the actual value moved the better way.</summary>
    Better,

    /// <summary>No target; the actual value moved the worse way.</summary>
    Worse,

    /// <summary>The metric has an actual value now and had none before.</summary>
    NewlyMeasured,

    /// <summary>The metric had an actual value before and has none now.</summary>
    NoLongerMeasured,

    /// <summary>The actual value is the same; the target or direction changed.</summary>
    TargetChanged,
}

/// <summary>How one metric's actual value moved against its target.</summary>
public sealed record MetricMovement
{
    internal MetricMovement(string metricId, string name, string location, decimal? before, decimal? after, decimal? target, MetricTrend trend)
    {
        MetricId = metricId;
        Name = name;
        Location = location;
        Before = before;
        After = after;
        Target = target;
        Trend = trend;
    }

    /// <summary>Gets the metric's id in the newer revision.</summary>
    public string MetricId { get; }

    /// <summary>Gets the metric's name in the newer revision.</summary>
    public string Name { get; }

    /// <summary>Gets where the metric is, such as <c>Pay › Enters card details</c>.</summary>
    public string Location { get; }

    /// <summary>Gets the actual value before.</summary>
    public decimal? Before { get; }

    /// <summary>Gets the actual value after.</summary>
    public decimal? After { get; }

    /// <summary>Gets the target now, if any.</summary>
    public decimal? Target { get; }

    /// <summary>Gets which way it moved.</summary>
    public MetricTrend Trend { get; }

    /// <inheritdoc />
    public override string ToString() => string.Create(
        CultureInfo.InvariantCulture, $"MetricMovement {{ MetricId = {MetricId}, Name = {Name}, Location = {Location}, Before = {Before}, After = {After}, Target = {Target}, Trend = {Trend} }}");
}

/// <summary>An element whose owner changed.</summary>
public sealed record OwnerReassignment
{
    internal OwnerReassignment(ElementRef element, string location, string? before, string? after)
    {
        Element = element;
        Location = location;
        Before = before;
        After = after;
    }

    /// <summary>Gets the stage, step or opportunity.</summary>
    public ElementRef Element { get; }

    /// <summary>Gets where it is.</summary>
    public string Location { get; }

    /// <summary>Gets the former owner's name, or <see langword="null"/> when it had none.</summary>
    public string? Before { get; }

    /// <summary>Gets the new owner's name, or <see langword="null"/> when it has none now.</summary>
    public string? After { get; }
}

/// <summary>Whether a stage's experience got better between revisions: one answer from its conversion, emotion and hurt.</summary>
public enum ExperienceVerdict
{
    /// <summary>No figure known in both revisions moved.</summary>
    Unchanged,

    /// <summary>At least one figure got better and none got worse.</summary>
    Better,

    /// <summary>At least one figure got worse and none got better.</summary>
    Worse,

    /// <summary>At least one figure got better and at least one got worse.</summary>
    Mixed,

    /// <summary>The stage is new in the newer revision.</summary>
    Added,

    /// <summary>The stage is gone from the newer revision.</summary>
    Removed,
}

/// <summary>
/// How one stage's experience changed between revisions: its conversion, its average emotion and how much its steps hurt,
/// before and after, with one <see cref="Verdict"/>.
/// </summary>
/// <remarks>
/// A figure gets better when the conversion or the emotion rises or the hurt falls, and worse the other way; a figure
/// counts only when both revisions have it. The verdict is <see cref="ExperienceVerdict.Better"/> when at least one
/// figure got better and none worse, <see cref="ExperienceVerdict.Worse"/> the other way round,
/// <see cref="ExperienceVerdict.Mixed"/> when some got better and some worse, and
/// <see cref="ExperienceVerdict.Unchanged"/> when none moved. Figures are compared as reported, rounded to 6 decimal places.
/// Immutable and thread-safe.
/// </remarks>
public sealed record StageVerdict
{
    internal StageVerdict(string stageId, string stageName, StageFigures? before, StageFigures? after)
    {
        StageId = stageId;
        StageName = stageName;
        ConversionBefore = before?.Conversion;
        ConversionAfter = after?.Conversion;
        EmotionBefore = before?.Emotion;
        EmotionAfter = after?.Emotion;
        HurtBefore = before?.Hurt;
        HurtAfter = after?.Hurt;
        Verdict = (before, after) switch
        {
            (null, _) => ExperienceVerdict.Added,
            (_, null) => ExperienceVerdict.Removed,
            _ => Judge(Direction(ConversionBefore, ConversionAfter), Direction(EmotionBefore, EmotionAfter), Direction(HurtAfter, HurtBefore)),
        };
    }

    /// <summary>Gets the stage's id in the newer revision, or in the older one when it was removed.</summary>
    public string StageId { get; }

    /// <summary>Gets the stage's name in the newer revision, or in the older one when it was removed.</summary>
    public string StageName { get; }

    /// <summary>Gets the stage's conversion in the older revision (<see cref="Analysis.FunnelStage.Conversion"/>), or <see langword="null"/> when nobody entered it or it did not exist.</summary>
    public decimal? ConversionBefore { get; }

    /// <summary>Gets the stage's conversion in the newer revision, or <see langword="null"/> when nobody enters it or it is gone.</summary>
    public decimal? ConversionAfter { get; }

    /// <summary>Gets the average score of the stage's steps with an emotion in the older revision, or <see langword="null"/> when none had one.</summary>
    public decimal? EmotionBefore { get; }

    /// <summary>Gets the average score of the stage's steps with an emotion in the newer revision, or <see langword="null"/> when none has one.</summary>
    public decimal? EmotionAfter { get; }

    /// <summary>Gets the sum of the <see cref="Analysis.MomentThatMatters.Hurt"/> of the stage's moments in the older revision (0 when none hurt), or <see langword="null"/> when it did not exist.</summary>
    public decimal? HurtBefore { get; }

    /// <summary>Gets the sum of the <see cref="Analysis.MomentThatMatters.Hurt"/> of the stage's moments in the newer revision (0 when none hurts), or <see langword="null"/> when it is gone.</summary>
    public decimal? HurtAfter { get; }

    /// <summary>Gets whether the stage got better, worse, both or neither, or was added or removed.</summary>
    public ExperienceVerdict Verdict { get; }

    /// <summary>1 when <paramref name="after"/> is higher, −1 when lower, 0 when equal or either is unknown.</summary>
    private static int Direction(decimal? before, decimal? after) => before is { } was && after is { } now ? Math.Sign(now - was) : 0;

    /// <summary>The one answer from each figure's direction, 1 being better.</summary>
    private static ExperienceVerdict Judge(params ReadOnlySpan<int> directions)
    {
        var (better, worse) = (directions.Contains(1), directions.Contains(-1));
        return (better, worse) switch
        {
            (true, true) => ExperienceVerdict.Mixed,
            (true, false) => ExperienceVerdict.Better,
            (false, true) => ExperienceVerdict.Worse,
            _ => ExperienceVerdict.Unchanged,
        };
    }
}

/// <summary>One stage's figures in one revision, for its <see cref="StageVerdict"/>.</summary>
internal sealed record StageFigures(decimal? Conversion, decimal? Emotion, decimal Hurt);
