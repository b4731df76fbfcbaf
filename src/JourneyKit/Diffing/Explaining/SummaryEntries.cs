using System.Globalization;

namespace JourneyKit.Diffing;

/// <summary>A pain point or opportunity that appeared or went away, with the step it belongs to.</summary>
/// <typeparam name="T">The element: a <see cref="PainPoint"/> or an <see cref="Opportunity"/>.</typeparam>
/// <param name="StepId">The step's id.</param>
/// <param name="StepName">The step's name.</param>
/// <param name="Element">The pain point or opportunity.</param>
public sealed record StepElement<T>(string StepId, string StepName, T Element);

/// <summary>How one step's emotion changed for one persona (or for everyone).</summary>
/// <param name="StepId">The step's id in the newer revision.</param>
/// <param name="StepName">The step's name in the newer revision.</param>
/// <param name="PersonaId">The persona, or <see langword="null"/> for the emotion felt by everyone.</param>
/// <param name="Before">The score before, if one was recorded.</param>
/// <param name="After">The score after, if one is recorded.</param>
public sealed record EmotionShift(string StepId, string StepName, string? PersonaId, int? Before, int? After)
{
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
/// <param name="MetricId">The metric's id in the newer revision.</param>
/// <param name="Name">The metric's name in the newer revision.</param>
/// <param name="Location">Where the metric is, such as <c>Pay › Enters card details</c>.</param>
/// <param name="Before">The actual value before.</param>
/// <param name="After">The actual value after.</param>
/// <param name="Target">The target now, if any.</param>
/// <param name="Trend">Which way it moved.</param>
public sealed record MetricMovement(string MetricId, string Name, string Location, decimal? Before, decimal? After, decimal? Target, MetricTrend Trend)
{
    /// <inheritdoc />
    public override string ToString() => string.Create(
        CultureInfo.InvariantCulture, $"MetricMovement {{ MetricId = {MetricId}, Name = {Name}, Location = {Location}, Before = {Before}, After = {After}, Target = {Target}, Trend = {Trend} }}");
}

/// <summary>An element whose owner changed.</summary>
/// <param name="Element">The stage, step or opportunity.</param>
/// <param name="Location">Where it is.</param>
/// <param name="Before">The former owner's name, or <see langword="null"/> when it had none.</param>
/// <param name="After">The new owner's name, or <see langword="null"/> when it has none now.</param>
public sealed record OwnerReassignment(ElementRef Element, string Location, string? Before, string? After);
