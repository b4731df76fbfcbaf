using JourneyKit.Internal;

namespace JourneyKit.Building;

/// <summary>Describes a branch, loop or exit. Not thread-safe: use one builder from one thread.</summary>
public sealed class TransitionBuilder
{
    private PropertyBag _properties;

    internal TransitionBuilder()
    {
    }

    internal string? IdText { get; private set; }

    internal string? LabelText { get; private set; }

    internal decimal? ShareValue { get; private set; }

    internal ValueMap Properties => _properties.ToValueMap();

    internal TransitionKind? KindValue { get; private set; }

    internal string? FromStep { get; private set; }

    internal string? ToStep { get; private set; }

    internal static TransitionBuilder From(TransitionSpec spec) =>
        new() { IdText = spec.Slot.Explicit, KindValue = spec.Kind, FromStep = spec.From, ToStep = spec.To, LabelText = spec.Label, ShareValue = spec.Share, _properties = PropertyBag.From(spec.Properties) };

    /// <summary>Sets an explicit id instead of the one derived from the steps.</summary>
    /// <param name="id">The id; see <see cref="ElementIds"/> for the rules.</param>
    /// <returns>This builder.</returns>
    public TransitionBuilder Id(string id)
    {
        IdText = BuilderGuard.Id(id, nameof(id));
        return this;
    }

    /// <summary>Changes what kind of path this is; a path made an exit no longer leads to a step.</summary>
    /// <param name="kind">Branch, loop or exit.</param>
    /// <returns>This builder.</returns>
    public TransitionBuilder Kind(TransitionKind kind)
    {
        KindValue = Guard.Defined(kind, nameof(kind));
        ToStep = kind == TransitionKind.Exit ? null : ToStep;
        return this;
    }

    /// <summary>Changes the step customers leave.</summary>
    /// <param name="step">The step's id or name.</param>
    /// <returns>This builder.</returns>
    public TransitionBuilder From(string step)
    {
        FromStep = Guard.Text(step, nameof(step));
        return this;
    }

    /// <summary>Changes the step customers go to, for a branch or a loop.</summary>
    /// <param name="step">The step's id or name.</param>
    /// <returns>This builder.</returns>
    public TransitionBuilder To(string step)
    {
        ToStep = Guard.Text(step, nameof(step));
        return this;
    }

    /// <summary>Sets why customers take this path.</summary>
    /// <param name="label">The label.</param>
    /// <returns>This builder.</returns>
    public TransitionBuilder Label(string label)
    {
        LabelText = Guard.Text(label, nameof(label));
        return this;
    }

    /// <summary>Sets the share of customers who take this path.</summary>
    /// <param name="share">A fraction between 0 and 1.</param>
    /// <returns>This builder.</returns>
    public TransitionBuilder Share(decimal share)
    {
        ShareValue = share is < 0m or > 1m ? throw new ArgumentOutOfRangeException(nameof(share), share, "A share is a fraction between 0 and 1.") : share;
        return this;
    }

    /// <summary>Removes the label.</summary>
    /// <returns>This builder.</returns>
    public TransitionBuilder ClearLabel()
    {
        LabelText = null;
        return this;
    }

    /// <summary>Removes the share.</summary>
    /// <returns>This builder.</returns>
    public TransitionBuilder ClearShare()
    {
        ShareValue = null;
        return this;
    }

    /// <summary>Sets a free-form property for embedding applications, such as an analytics event name, replacing any earlier value.</summary>
    /// <param name="key">The key.</param>
    /// <param name="value">The value.</param>
    /// <returns>This builder.</returns>
    public TransitionBuilder Property(string key, string value)
    {
        _properties.Set(key, value);
        return this;
    }

    /// <summary>Removes a free-form property; nothing happens when the builder has none under <paramref name="key"/>.</summary>
    /// <param name="key">The key.</param>
    /// <returns>This builder.</returns>
    public TransitionBuilder RemoveProperty(string key)
    {
        _properties.Remove(key);
        return this;
    }
}
