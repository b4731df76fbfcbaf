using JourneyKit.Internal;

namespace JourneyKit;

/// <summary>A measure that tells how well a stage or step serves the customer, such as conversion or CSAT.</summary>
/// <remarks>Immutable and thread-safe; equal when all properties are equal.</remarks>
public sealed record Metric
{
    internal Metric(string id, string name, MetricKind kind, string? unit, decimal? target, decimal? actual, MetricDirection direction, ValueMap properties)
    {
        Id = id;
        Name = name;
        Kind = kind;
        Unit = unit;
        Target = Decimals.Canonical(target);
        Actual = Decimals.Canonical(actual);
        Direction = direction;
        Properties = properties;
    }

    /// <summary>The direction a metric of this kind takes unless one is given: lower is better for drop-off, effort and time.</summary>
    internal static MetricDirection DefaultDirection(MetricKind kind) =>
        kind is MetricKind.DropOff or MetricKind.Ces or MetricKind.Duration ? MetricDirection.LowerIsBetter : MetricDirection.HigherIsBetter;

    /// <summary>Gets the id, unique among the map's metrics.</summary>
    public string Id { get; }

    /// <summary>Gets the name, such as "Checkout conversion".</summary>
    public string Name { get; private init; }

    /// <summary>Gets what the metric measures.</summary>
    public MetricKind Kind { get; private init; }

    /// <summary>Gets the unit, such as <c>%</c>, <c>min</c> or <c>points</c>, if any.</summary>
    public string? Unit { get; private init; }

    /// <summary>Gets the value the team aims for, if set.</summary>
    public decimal? Target { get; private init; }

    /// <summary>Gets the value last measured, if known.</summary>
    public decimal? Actual { get; private init; }

    /// <summary>Gets which way the metric improves.</summary>
    public MetricDirection Direction { get; private init; }

    /// <summary>Gets whether the actual value meets the target, or <see langword="null"/> when either is unknown.</summary>
    public bool? MeetsTarget => Target is { } target && Actual is { } actual
        ? Direction == MetricDirection.HigherIsBetter ? actual >= target : actual <= target
        : null;

    /// <summary>Returns a copy with another name; the id stays.</summary>
    /// <param name="name">The new name.</param>
    /// <returns>The changed copy.</returns>
    public Metric WithName(string name) => this with { Name = Guard.Name(name, nameof(name)) };

    /// <summary>Returns a copy with another kind.</summary>
    /// <param name="kind">The new kind.</param>
    /// <returns>The changed copy.</returns>
    public Metric WithKind(MetricKind kind) => this with { Kind = Guard.Defined(kind, nameof(kind)) };

    /// <summary>Returns a copy with another unit.</summary>
    /// <param name="unit">The new unit, or <see langword="null"/> to remove it.</param>
    /// <returns>The changed copy.</returns>
    public Metric WithUnit(string? unit) => this with { Unit = Guard.OptionalText(unit, nameof(unit)) };

    /// <summary>Returns a copy with another target.</summary>
    /// <param name="target">The new target, or <see langword="null"/> to remove it.</param>
    /// <returns>The changed copy.</returns>
    public Metric WithTarget(decimal? target) => this with { Target = Decimals.Canonical(target) };

    /// <summary>Returns a copy with another measured value.</summary>
    /// <param name="actual">The new value, or <see langword="null"/> to remove it.</param>
    /// <returns>The changed copy.</returns>
    public Metric WithActual(decimal? actual) => this with { Actual = Decimals.Canonical(actual) };

    /// <summary>Returns a copy with another direction.</summary>
    /// <param name="direction">The new direction.</param>
    /// <returns>The changed copy.</returns>
    public Metric WithDirection(MetricDirection direction) => this with { Direction = Guard.Defined(direction, nameof(direction)) };

    /// <summary>Gets free-form properties for embedding applications, such as a CRM id or a ticket link, in ordinal key order.</summary>
    public ValueMap Properties { get; private init; }

    /// <summary>Returns a copy with a property set, replacing any earlier value.</summary>
    /// <param name="key">The property's key.</param>
    /// <param name="value">The property's value.</param>
    /// <returns>The changed copy.</returns>
    public Metric WithProperty(string key, string value) => this with { Properties = Properties.SetItem(Guard.Text(key, nameof(key)), Guard.AnyText(value, nameof(value))) };

    /// <summary>Returns a copy without a property.</summary>
    /// <param name="key">The property's key.</param>
    /// <returns>The changed copy.</returns>
    public Metric WithoutProperty(string key) => this with { Properties = Properties.Remove(Guard.Text(key, nameof(key))) };

    /// <inheritdoc />
    public override string ToString() => $"Metric '{Name}' ({Id})";
}
