using JourneyKit.Internal;

namespace JourneyKit;

/// <summary>The team, role or person responsible for a stage, a step or an opportunity.</summary>
/// <remarks>Immutable and thread-safe; equal when all properties are equal.</remarks>
public sealed record Owner
{
    internal Owner(string id, string name, string? contact, ValueMap properties)
    {
        Id = id;
        Name = name;
        Contact = contact;
        Properties = properties;
    }

    /// <summary>Gets the id, unique among the map's owners.</summary>
    public string Id { get; }

    /// <summary>Gets the name, such as "Web team" or "Store manager".</summary>
    public string Name { get; private init; }

    /// <summary>Gets how to reach the owner (an email address, a channel), if known.</summary>
    public string? Contact { get; private init; }

    /// <summary>Returns a copy with another name; the id stays.</summary>
    /// <param name="name">The new name.</param>
    /// <returns>The changed copy.</returns>
    public Owner WithName(string name) => this with { Name = Guard.Name(name, nameof(name)) };

    /// <summary>Returns a copy with another contact.</summary>
    /// <param name="contact">The new contact, or <see langword="null"/> to remove it.</param>
    /// <returns>The changed copy.</returns>
    public Owner WithContact(string? contact) => this with { Contact = Guard.OptionalText(contact, nameof(contact)) };

    /// <summary>Gets free-form properties for embedding applications, such as a CRM id or a ticket link, in ordinal key order.</summary>
    public ValueMap Properties { get; private init; }

    /// <summary>Returns a copy with a property set, replacing any earlier value.</summary>
    /// <param name="key">The property's key.</param>
    /// <param name="value">The property's value.</param>
    /// <returns>The changed copy.</returns>
    public Owner WithProperty(string key, string value) => this with { Properties = Properties.SetItem(Guard.Text(key, nameof(key)), Guard.AnyText(value, nameof(value))) };

    /// <summary>Returns a copy without a property.</summary>
    /// <param name="key">The property's key.</param>
    /// <returns>The changed copy.</returns>
    public Owner WithoutProperty(string key) => this with { Properties = Properties.Remove(Guard.Text(key, nameof(key))) };

    /// <inheritdoc />
    public override string ToString() => $"Owner '{Name}' ({Id})";
}
