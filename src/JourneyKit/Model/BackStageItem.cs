using JourneyKit.Internal;

namespace JourneyKit;

/// <summary>A system, process or group of people behind the line of visibility that delivers a step.</summary>
/// <remarks>Immutable and thread-safe; equal when all properties are equal.</remarks>
public sealed record BackStageItem
{
    internal BackStageItem(string id, string name, BackStageKind kind, string? description, ValueMap properties)
    {
        Id = id;
        Name = name;
        Kind = kind;
        Description = description;
        Properties = properties;
    }

    /// <summary>The kind a back-stage item has unless one is given: a system.</summary>
    internal const BackStageKind DefaultKind = BackStageKind.System;

    /// <summary>Gets the id, unique among the map's back-stage items.</summary>
    public string Id { get; }

    /// <summary>Gets the name, such as "CRM" or "Kitchen staff".</summary>
    public string Name { get; private init; }

    /// <summary>Gets whether it is a system, a process or people.</summary>
    public BackStageKind Kind { get; private init; }

    /// <summary>Gets the description, if any.</summary>
    public string? Description { get; private init; }

    /// <summary>Returns a copy with another name; the id stays.</summary>
    /// <param name="name">The new name.</param>
    /// <returns>The changed copy.</returns>
    public BackStageItem WithName(string name) => this with { Name = Guard.Name(name, nameof(name)) };

    /// <summary>Returns a copy with another kind.</summary>
    /// <param name="kind">The new kind.</param>
    /// <returns>The changed copy.</returns>
    public BackStageItem WithKind(BackStageKind kind) => this with { Kind = Guard.Defined(kind, nameof(kind)) };

    /// <summary>Returns a copy with another description.</summary>
    /// <param name="description">The new description, or <see langword="null"/> to remove it.</param>
    /// <returns>The changed copy.</returns>
    public BackStageItem WithDescription(string? description) => this with { Description = Guard.OptionalText(description, nameof(description)) };

    /// <summary>Gets free-form properties for embedding applications, such as a CRM id or a ticket link, in ordinal key order.</summary>
    public ValueMap Properties { get; private init; }

    /// <summary>Returns a copy with a property set, replacing any earlier value.</summary>
    /// <param name="key">The property's key.</param>
    /// <param name="value">The property's value.</param>
    /// <returns>The changed copy.</returns>
    public BackStageItem WithProperty(string key, string value) => this with { Properties = Properties.SetItem(Guard.Text(key, nameof(key)), Guard.AnyText(value, nameof(value))) };

    /// <summary>Returns a copy without a property.</summary>
    /// <param name="key">The property's key.</param>
    /// <returns>The changed copy.</returns>
    public BackStageItem WithoutProperty(string key) => this with { Properties = Properties.Remove(Guard.Text(key, nameof(key))) };

    /// <inheritdoc />
    public override string ToString() => $"{Kind} '{Name}' ({Id})";
}
