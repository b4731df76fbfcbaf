using JourneyKit.Internal;

namespace JourneyKit;

/// <summary>The medium a touchpoint lives in, such as web, mobile, phone or branch.</summary>
/// <remarks>Immutable and thread-safe; equal when all properties are equal.</remarks>
public sealed record Channel
{
    internal Channel(string id, string name, string? description, ValueMap properties)
    {
        Id = id;
        Name = name;
        Description = description;
        Properties = properties;
    }

    /// <summary>Gets the id, unique among the map's channels.</summary>
    public string Id { get; }

    /// <summary>Gets the name.</summary>
    public string Name { get; private init; }

    /// <summary>Gets the description, if any.</summary>
    public string? Description { get; private init; }

    /// <summary>Returns a copy with another name; the id stays.</summary>
    /// <param name="name">The new name.</param>
    /// <returns>The changed copy.</returns>
    public Channel WithName(string name) => this with { Name = Guard.Name(name, nameof(name)) };

    /// <summary>Returns a copy with another description.</summary>
    /// <param name="description">The new description, or <see langword="null"/> to remove it.</param>
    /// <returns>The changed copy.</returns>
    public Channel WithDescription(string? description) => this with { Description = Guard.OptionalText(description, nameof(description)) };

    /// <summary>Gets free-form properties for embedding applications, such as a CRM id or a ticket link, in ordinal key order.</summary>
    public ValueMap Properties { get; private init; }

    /// <summary>Returns a copy with a property set, replacing any earlier value.</summary>
    /// <param name="key">The property's key.</param>
    /// <param name="value">The property's value.</param>
    /// <returns>The changed copy.</returns>
    public Channel WithProperty(string key, string value) => this with { Properties = Properties.SetItem(Guard.Text(key, nameof(key)), Guard.AnyText(value, nameof(value))) };

    /// <summary>Returns a copy without a property.</summary>
    /// <param name="key">The property's key.</param>
    /// <returns>The changed copy.</returns>
    public Channel WithoutProperty(string key) => this with { Properties = Properties.Remove(Guard.Text(key, nameof(key))) };

    /// <inheritdoc />
    public override string ToString() => $"Channel '{Name}' ({Id})";
}
