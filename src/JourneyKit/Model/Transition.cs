using JourneyKit.Internal;

namespace JourneyKit;

/// <summary>
/// A non-linear path between steps: a branch forward, a loop back, or an exit where customers abandon.
/// Steps otherwise follow each other in timeline order.
/// </summary>
/// <remarks>Immutable and thread-safe; equal when all properties are equal.</remarks>
public sealed record Transition
{
    internal Transition(string id, TransitionKind kind, string fromStepId, string? toStepId, string? label, decimal? share, ValueMap properties)
    {
        Id = id;
        Kind = kind;
        FromStepId = fromStepId;
        ToStepId = toStepId;
        Label = label;
        Share = Internal.Decimals.Canonical(share);
        Properties = properties;
    }

    /// <summary>Gets the id, unique among the map's transitions.</summary>
    public string Id { get; }

    /// <summary>Gets whether this is a branch, a loop or an exit.</summary>
    public TransitionKind Kind { get; }

    /// <summary>Gets the id of the step customers leave.</summary>
    public string FromStepId { get; }

    /// <summary>Gets the id of the step customers go to, or <see langword="null"/> for an exit.</summary>
    public string? ToStepId { get; }

    /// <summary>Gets why customers take this path, if given.</summary>
    public string? Label { get; }

    /// <summary>Gets the share of customers who take it, between 0 and 1, if known.</summary>
    public decimal? Share { get; }

    /// <summary>Gets free-form properties for embedding applications, such as a CRM id or a ticket link, in ordinal key order.</summary>
    public ValueMap Properties { get; private init; }

    /// <summary>Returns a copy with a property set, replacing any earlier value.</summary>
    /// <param name="key">The property's key.</param>
    /// <param name="value">The property's value.</param>
    /// <returns>The changed copy.</returns>
    public Transition WithProperty(string key, string value) => this with { Properties = Properties.SetItem(Guard.Text(key, nameof(key)), Guard.AnyText(value, nameof(value))) };

    /// <summary>Returns a copy without a property.</summary>
    /// <param name="key">The property's key.</param>
    /// <returns>The changed copy.</returns>
    public Transition WithoutProperty(string key) => this with { Properties = Properties.Remove(Guard.Text(key, nameof(key))) };

    /// <inheritdoc />
    public override string ToString() => Kind == TransitionKind.Exit
        ? $"Exit from {FromStepId}"
        : $"{Kind} {FromStepId} -> {ToStepId}";
}
