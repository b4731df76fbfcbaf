using JourneyKit.Internal;

namespace JourneyKit;

/// <summary>A barrier or friction the customer meets at a step: where they hesitate, get confused or give up.</summary>
/// <remarks>Immutable and thread-safe; equal when all properties are equal.</remarks>
public sealed record PainPoint
{
    internal PainPoint(string id, string description, PainSeverity severity, ValueList<string> evidenceIds, ValueMap properties)
    {
        Id = id;
        Description = description;
        Severity = severity;
        EvidenceIds = evidenceIds;
        Properties = properties;
    }

    /// <summary>The severity a pain point has unless one is given: medium.</summary>
    internal const PainSeverity DefaultSeverity = PainSeverity.Medium;

    /// <summary>Gets the id, unique among the map's pain points.</summary>
    public string Id { get; }

    /// <summary>Gets what hurts, in the customer's terms.</summary>
    public string Description { get; private init; }

    /// <summary>Gets how badly it hurts.</summary>
    public PainSeverity Severity { get; private init; }

    /// <summary>Gets the ids of the evidence that shows this pain point, from any step's <see cref="Step.Evidence"/>.</summary>
    public ValueList<string> EvidenceIds { get; }

    /// <summary>Returns a copy with another description; the id stays.</summary>
    /// <param name="description">The new description.</param>
    /// <returns>The changed copy.</returns>
    public PainPoint WithDescription(string description) => this with { Description = Guard.Name(description, nameof(description)) };

    /// <summary>Returns a copy with another severity.</summary>
    /// <param name="severity">The new severity.</param>
    /// <returns>The changed copy.</returns>
    public PainPoint WithSeverity(PainSeverity severity) => this with { Severity = Guard.Defined(severity, nameof(severity)) };

    /// <summary>Gets free-form properties for embedding applications, such as a CRM id or a ticket link, in ordinal key order.</summary>
    public ValueMap Properties { get; private init; }

    /// <summary>Returns a copy with a property set, replacing any earlier value.</summary>
    /// <param name="key">The property's key.</param>
    /// <param name="value">The property's value.</param>
    /// <returns>The changed copy.</returns>
    public PainPoint WithProperty(string key, string value) => this with { Properties = Properties.SetItem(Guard.Text(key, nameof(key)), Guard.AnyText(value, nameof(value))) };

    /// <summary>Returns a copy without a property.</summary>
    /// <param name="key">The property's key.</param>
    /// <returns>The changed copy.</returns>
    public PainPoint WithoutProperty(string key) => this with { Properties = Properties.Remove(Guard.Text(key, nameof(key))) };

    /// <inheritdoc />
    public override string ToString() => $"Pain point '{Description}' ({Id}, {Severity})";
}
