namespace JourneyKit;

/// <summary>
/// A non-linear path between steps: a branch forward, a loop back, or an exit where customers abandon.
/// Steps otherwise follow each other in timeline order.
/// </summary>
/// <remarks>Immutable and thread-safe; equal when all properties are equal.</remarks>
public sealed record Transition
{
    internal Transition(string id, TransitionKind kind, string fromStepId, string? toStepId, string? label, decimal? share)
    {
        Id = id;
        Kind = kind;
        FromStepId = fromStepId;
        ToStepId = toStepId;
        Label = label;
        Share = Internal.Decimals.Canonical(share);
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

    /// <inheritdoc />
    public override string ToString() => Kind == TransitionKind.Exit
        ? $"Exit from {FromStepId}"
        : $"{Kind} {FromStepId} -> {ToStepId}";
}
