using JourneyKit.Internal;

namespace JourneyKit.Building;

/// <summary>Describes a touchpoint of the map's catalog. Not thread-safe: use one builder from one thread.</summary>
public sealed class TouchpointBuilder : ICatalogEntry
{
    private IdSlot _slot;
    private PropertyBag _properties;

    internal TouchpointBuilder(string name) => NameText = name;

    internal string NameText { get; private set; }

    internal ref IdSlot Slot => ref _slot;

    internal string? ChannelReference { get; private set; }

    internal string? DescriptionText { get; private set; }

    string ICatalogEntry.NameText => NameText;

    ref IdSlot ICatalogEntry.Slot => ref _slot;

    /// <summary>Sets an explicit id instead of the one derived from the name.</summary>
    /// <param name="id">The id; see <see cref="ElementIds"/> for the rules.</param>
    /// <returns>This builder.</returns>
    public TouchpointBuilder Id(string id)
    {
        _slot.Explicit = BuilderGuard.Id(id, nameof(id));
        return this;
    }

    /// <summary>Sets the touchpoint\'s name; an explicit id, if any, stays, so renaming keeps the id.</summary>
    /// <param name="name">The name.</param>
    /// <returns>This builder.</returns>
    public TouchpointBuilder Name(string name)
    {
        NameText = Guard.Text(name, nameof(name));
        return this;
    }

    /// <summary>Sets the channel, by the id or name of a catalog channel; an unknown name registers a new channel.</summary>
    /// <param name="channel">The channel's id or name, such as "Web".</param>
    /// <returns>This builder.</returns>
    public TouchpointBuilder OnChannel(string channel)
    {
        ChannelReference = Guard.Text(channel, nameof(channel));
        return this;
    }

    /// <summary>Sets the description.</summary>
    /// <param name="description">The description.</param>
    /// <returns>This builder.</returns>
    public TouchpointBuilder Description(string description)
    {
        DescriptionText = Guard.Text(description, nameof(description));
        return this;
    }

    /// <summary>Removes the channel; the touchpoint then belongs to none.</summary>
    /// <returns>This builder.</returns>
    public TouchpointBuilder ClearChannel()
    {
        ChannelReference = null;
        return this;
    }

    /// <summary>Removes the description.</summary>
    /// <returns>This builder.</returns>
    public TouchpointBuilder ClearDescription()
    {
        DescriptionText = null;
        return this;
    }

    /// <summary>Sets a free-form property for embedding applications, such as a CRM id, replacing any earlier value.</summary>
    /// <param name="key">The key.</param>
    /// <param name="value">The value.</param>
    /// <returns>This builder.</returns>
    public TouchpointBuilder Property(string key, string value)
    {
        _properties.Set(key, value);
        return this;
    }

    /// <summary>Removes a free-form property; nothing happens when the builder has none under <paramref name="key"/>.</summary>
    /// <param name="key">The key.</param>
    /// <returns>This builder.</returns>
    public TouchpointBuilder RemoveProperty(string key)
    {
        _properties.Remove(key);
        return this;
    }

    /// <summary>Drops the channel when it is the removed one.</summary>
    internal void ForgetChannel(Func<string, bool> refersTo)
    {
        if (ChannelReference is not null && refersTo(ChannelReference))
        {
            ChannelReference = null;
        }
    }

    internal Touchpoint ToModel(string? channelId) => new(_slot.Assigned, NameText, channelId, DescriptionText, _properties.ToValueMap());

    internal static TouchpointBuilder From(Touchpoint touchpoint) => new(touchpoint.Name)
    {
        _slot = new IdSlot { Explicit = touchpoint.Id },
        ChannelReference = touchpoint.ChannelId,
        DescriptionText = touchpoint.Description,
        _properties = PropertyBag.From(touchpoint.Properties),
    };
}
