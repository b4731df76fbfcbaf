using JourneyKit.Internal;

namespace JourneyKit.Building;

/// <summary>Describes a channel of the map's catalog. Not thread-safe: use one builder from one thread.</summary>
public sealed class ChannelBuilder : ICatalogEntry
{
    private IdSlot _slot;
    private PropertyBag _properties;

    internal ChannelBuilder(string name) => NameText = name;

    internal string NameText { get; private set; }

    internal ref IdSlot Slot => ref _slot;

    internal string? DescriptionText { get; private set; }

    string ICatalogEntry.NameText => NameText;

    ref IdSlot ICatalogEntry.Slot => ref _slot;

    /// <summary>Sets an explicit id instead of the one derived from the name.</summary>
    /// <param name="id">The id; see <see cref="ElementIds"/> for the rules.</param>
    /// <returns>This builder.</returns>
    public ChannelBuilder Id(string id)
    {
        _slot.Explicit = BuilderGuard.Id(id, nameof(id));
        return this;
    }

    /// <summary>Sets the channel\'s name; an explicit id, if any, stays, so renaming keeps the id.</summary>
    /// <param name="name">The name.</param>
    /// <returns>This builder.</returns>
    public ChannelBuilder Name(string name)
    {
        NameText = Guard.Text(name, nameof(name));
        return this;
    }

    /// <summary>Sets the description.</summary>
    /// <param name="description">The description.</param>
    /// <returns>This builder.</returns>
    public ChannelBuilder Description(string description)
    {
        DescriptionText = Guard.Text(description, nameof(description));
        return this;
    }

    /// <summary>Removes the description.</summary>
    /// <returns>This builder.</returns>
    public ChannelBuilder ClearDescription()
    {
        DescriptionText = null;
        return this;
    }

    /// <summary>Sets a free-form property for embedding applications, such as a CRM id, replacing any earlier value.</summary>
    /// <param name="key">The key.</param>
    /// <param name="value">The value.</param>
    /// <returns>This builder.</returns>
    public ChannelBuilder Property(string key, string value)
    {
        _properties.Set(key, value);
        return this;
    }

    /// <summary>Removes a free-form property; nothing happens when the builder has none under <paramref name="key"/>.</summary>
    /// <param name="key">The key.</param>
    /// <returns>This builder.</returns>
    public ChannelBuilder RemoveProperty(string key)
    {
        _properties.Remove(key);
        return this;
    }

    internal Channel ToModel() => new(_slot.Assigned, NameText, DescriptionText, _properties.ToValueMap());

    internal static ChannelBuilder From(Channel channel) => new(channel.Name) { _slot = new IdSlot { Explicit = channel.Id }, DescriptionText = channel.Description, _properties = PropertyBag.From(channel.Properties) };
}
