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
