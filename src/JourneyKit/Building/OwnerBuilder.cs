using JourneyKit.Internal;

namespace JourneyKit.Building;

/// <summary>Describes an owner of the map's catalog. Not thread-safe: use one builder from one thread.</summary>
public sealed class OwnerBuilder : ICatalogEntry
{
    private IdSlot _slot;
    private PropertyBag _properties;

    internal OwnerBuilder(string name) => NameText = name;

    internal string NameText { get; private set; }

    internal ref IdSlot Slot => ref _slot;

    internal string? ContactText { get; private set; }

    string ICatalogEntry.NameText => NameText;

    ref IdSlot ICatalogEntry.Slot => ref _slot;

    /// <summary>Sets an explicit id instead of the one derived from the name.</summary>
    /// <param name="id">The id; see <see cref="ElementIds"/> for the rules.</param>
    /// <returns>This builder.</returns>
    public OwnerBuilder Id(string id)
    {
        _slot.Explicit = BuilderGuard.Id(id, nameof(id));
        return this;
    }

    /// <summary>Sets the owner\'s name; an explicit id, if any, stays, so renaming keeps the id.</summary>
    /// <param name="name">The name.</param>
    /// <returns>This builder.</returns>
    public OwnerBuilder Name(string name)
    {
        NameText = Guard.Text(name, nameof(name));
        return this;
    }

    /// <summary>Sets how to reach the owner, such as an email address.</summary>
    /// <param name="contact">The contact.</param>
    /// <returns>This builder.</returns>
    public OwnerBuilder Contact(string contact)
    {
        ContactText = Guard.Text(contact, nameof(contact));
        return this;
    }

    /// <summary>Removes the contact.</summary>
    /// <returns>This builder.</returns>
    public OwnerBuilder ClearContact()
    {
        ContactText = null;
        return this;
    }

    /// <summary>Sets a free-form property for embedding applications, such as a CRM id, replacing any earlier value.</summary>
    /// <param name="key">The key.</param>
    /// <param name="value">The value.</param>
    /// <returns>This builder.</returns>
    public OwnerBuilder Property(string key, string value)
    {
        _properties.Set(key, value);
        return this;
    }

    /// <summary>Removes a free-form property; nothing happens when the builder has none under <paramref name="key"/>.</summary>
    /// <param name="key">The key.</param>
    /// <returns>This builder.</returns>
    public OwnerBuilder RemoveProperty(string key)
    {
        _properties.Remove(key);
        return this;
    }

    internal Owner ToModel() => new(_slot.Assigned, NameText, ContactText, _properties.ToValueMap());

    internal static OwnerBuilder From(Owner owner) => new(owner.Name) { _slot = new IdSlot { Explicit = owner.Id }, ContactText = owner.Contact, _properties = PropertyBag.From(owner.Properties) };
}
