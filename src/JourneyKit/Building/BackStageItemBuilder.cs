using JourneyKit.Internal;

namespace JourneyKit.Building;

/// <summary>Describes a back-stage item of a step. Not thread-safe: use one builder from one thread.</summary>
public sealed class BackStageItemBuilder
{
    private string? _id;
    private BackStageKind _kind = BackStageItem.DefaultKind;
    private string? _description;
    private PropertyBag _properties;

    internal BackStageItemBuilder(string name) => NameText = name;

    internal string NameText { get; private set; }

    /// <summary>Sets the item's name; an explicit id, if any, stays, so renaming keeps the id.</summary>
    /// <param name="name">The name, such as "Order database".</param>
    /// <returns>This builder.</returns>
    public BackStageItemBuilder Name(string name)
    {
        NameText = Guard.Text(name, nameof(name));
        return this;
    }

    /// <summary>Sets an explicit id instead of the one derived from the name.</summary>
    /// <param name="id">The id; see <see cref="ElementIds"/> for the rules.</param>
    /// <returns>This builder.</returns>
    public BackStageItemBuilder Id(string id)
    {
        _id = BuilderGuard.Id(id, nameof(id));
        return this;
    }

    /// <summary>Sets what it is; a system unless set.</summary>
    /// <param name="kind">The kind.</param>
    /// <returns>This builder.</returns>
    public BackStageItemBuilder Kind(BackStageKind kind)
    {
        _kind = Guard.Defined(kind, nameof(kind));
        return this;
    }

    /// <summary>Sets the description.</summary>
    /// <param name="description">The description.</param>
    /// <returns>This builder.</returns>
    public BackStageItemBuilder Description(string description)
    {
        _description = Guard.Text(description, nameof(description));
        return this;
    }

    /// <summary>Removes the description.</summary>
    /// <returns>This builder.</returns>
    public BackStageItemBuilder ClearDescription()
    {
        _description = null;
        return this;
    }

    /// <summary>Sets a free-form property for embedding applications, such as a service id, replacing any earlier value.</summary>
    /// <param name="key">The key.</param>
    /// <param name="value">The value.</param>
    /// <returns>This builder.</returns>
    public BackStageItemBuilder Property(string key, string value)
    {
        _properties.Set(key, value);
        return this;
    }

    /// <summary>Removes a free-form property; nothing happens when the builder has none under <paramref name="key"/>.</summary>
    /// <param name="key">The key.</param>
    /// <returns>This builder.</returns>
    public BackStageItemBuilder RemoveProperty(string key)
    {
        _properties.Remove(key);
        return this;
    }

    internal static BackStageItemBuilder From(BackStageSpec spec) =>
        new(spec.Name) { _id = spec.Slot.Explicit, _kind = spec.Kind, _description = spec.Description, _properties = PropertyBag.From(spec.Properties) };

    internal BackStageSpec ToSpec() => new(NameText, _kind, _description) { Slot = new IdSlot { Explicit = _id }, Properties = _properties.ToValueMap() };
}
