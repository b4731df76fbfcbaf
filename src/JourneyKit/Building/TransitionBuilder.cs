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

    /// <summary>Sets an explicit id instead of the one derived from the steps.</summary>
    /// <param name="id">The id; see <see cref="ElementIds"/> for the rules.</param>
    /// <returns>This builder.</returns>
    public TransitionBuilder Id(string id)
    {
        IdText = BuilderGuard.Id(id, nameof(id));
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

    /// <summary>Sets a free-form property for embedding applications, such as an analytics event name, replacing any earlier value.</summary>
    /// <param name="key">The key.</param>
    /// <param name="value">The value.</param>
    /// <returns>This builder.</returns>
    public TransitionBuilder Property(string key, string value)
    {
        _properties.Set(key, value);
        return this;
    }
}
