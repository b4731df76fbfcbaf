using JourneyKit.Internal;

namespace JourneyKit;

/// <summary>A barrier or friction the customer meets at a step: where they hesitate, get confused or give up.</summary>
/// <remarks>Immutable and thread-safe; equal when all properties are equal.</remarks>
public sealed record PainPoint
{
    internal PainPoint(string id, string description, PainSeverity severity)
    {
        Id = id;
        Description = description;
        Severity = severity;
    }

    /// <summary>The severity a pain point has unless one is given: medium.</summary>
    internal const PainSeverity DefaultSeverity = PainSeverity.Medium;

    /// <summary>Gets the id, unique among the map's pain points.</summary>
    public string Id { get; }

    /// <summary>Gets what hurts, in the customer's terms.</summary>
    public string Description { get; private init; }

    /// <summary>Gets how badly it hurts.</summary>
    public PainSeverity Severity { get; private init; }

    /// <summary>Returns a copy with another description; the id stays.</summary>
    /// <param name="description">The new description.</param>
    /// <returns>The changed copy.</returns>
    public PainPoint WithDescription(string description) => this with { Description = Guard.Name(description, nameof(description)) };

    /// <summary>Returns a copy with another severity.</summary>
    /// <param name="severity">The new severity.</param>
    /// <returns>The changed copy.</returns>
    public PainPoint WithSeverity(PainSeverity severity) => this with { Severity = Guard.Defined(severity, nameof(severity)) };

    /// <inheritdoc />
    public override string ToString() => $"Pain point '{Description}' ({Id}, {Severity})";
}
