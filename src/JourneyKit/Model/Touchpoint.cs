using JourneyKit.Internal;

namespace JourneyKit;

/// <summary>A moment of contact between the customer and the business, such as a website, a store or an email.</summary>
/// <remarks>Immutable and thread-safe; equal when all properties are equal.</remarks>
public sealed record Touchpoint
{
    internal Touchpoint(string id, string name, string? channelId, string? description, ValueMap properties)
    {
        Id = id;
        Name = name;
        ChannelId = channelId;
        Description = description;
        Properties = properties;
    }

    /// <summary>Gets the id, unique among the map's touchpoints.</summary>
    public string Id { get; }

    /// <summary>Gets the name.</summary>
    public string Name { get; private init; }

    /// <summary>Gets the id of the channel the touchpoint lives in, if any.</summary>
    public string? ChannelId { get; }

    /// <summary>Gets the description, if any.</summary>
    public string? Description { get; private init; }

    /// <summary>Returns a copy with another name; the id stays.</summary>
    /// <param name="name">The new name.</param>
    /// <returns>The changed copy.</returns>
    public Touchpoint WithName(string name) => this with { Name = Guard.Name(name, nameof(name)) };

    /// <summary>Returns a copy with another description.</summary>
    /// <param name="description">The new description, or <see langword="null"/> to remove it.</param>
    /// <returns>The changed copy.</returns>
    public Touchpoint WithDescription(string? description) => this with { Description = Guard.OptionalText(description, nameof(description)) };

    /// <summary>Gets free-form properties for embedding applications, such as a CRM id or a ticket link, in ordinal key order.</summary>
    public ValueMap Properties { get; private init; }

    /// <summary>Returns a copy with a property set, replacing any earlier value.</summary>
    /// <param name="key">The property's key.</param>
    /// <param name="value">The property's value.</param>
    /// <returns>The changed copy.</returns>
    public Touchpoint WithProperty(string key, string value) => this with { Properties = Properties.SetItem(Guard.Text(key, nameof(key)), Guard.AnyText(value, nameof(value))) };

    /// <summary>Returns a copy without a property.</summary>
    /// <param name="key">The property's key.</param>
    /// <returns>The changed copy.</returns>
    public Touchpoint WithoutProperty(string key) => this with { Properties = Properties.Remove(Guard.Text(key, nameof(key))) };

    /// <inheritdoc />
    public override string ToString() => $"Touchpoint '{Name}' ({Id})";
}
