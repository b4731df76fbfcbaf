using JourneyKit.Internal;

namespace JourneyKit.Building;

/// <summary>Describes a metric of a stage or a step. Not thread-safe: use one builder from one thread.</summary>
public sealed class MetricBuilder
{
    private IdSlot _slot;
    private PropertyBag _properties;
    private MetricKind _kind;
    private string? _unit;
    private decimal? _target;
    private decimal? _actual;
    private MetricDirection? _direction;

    internal MetricBuilder(string name) => NameText = name;

    internal string NameText { get; private set; }

    internal ref IdSlot Slot => ref _slot;

    /// <summary>Sets an explicit id instead of the one derived from the name.</summary>
    /// <param name="id">The id; see <see cref="ElementIds"/> for the rules.</param>
    /// <returns>This builder.</returns>
    public MetricBuilder Id(string id)
    {
        _slot.Explicit = BuilderGuard.Id(id, nameof(id));
        return this;
    }

    /// <summary>Sets the metric\'s name; an explicit id, if any, stays, so renaming keeps the id.</summary>
    /// <param name="name">The name.</param>
    /// <returns>This builder.</returns>
    public MetricBuilder Name(string name)
    {
        NameText = Guard.Text(name, nameof(name));
        return this;
    }

    /// <summary>Sets what the metric measures; drop-off, effort and duration default to lower is better.</summary>
    /// <param name="kind">The kind.</param>
    /// <returns>This builder.</returns>
    public MetricBuilder Kind(MetricKind kind)
    {
        _kind = Guard.Defined(kind, nameof(kind));
        return this;
    }

    /// <summary>Sets the unit, such as <c>%</c> or <c>min</c>.</summary>
    /// <param name="unit">The unit.</param>
    /// <returns>This builder.</returns>
    public MetricBuilder Unit(string unit)
    {
        _unit = Guard.Text(unit, nameof(unit));
        return this;
    }

    /// <summary>Sets the value the team aims for.</summary>
    /// <param name="target">The target.</param>
    /// <returns>This builder.</returns>
    public MetricBuilder Target(decimal target)
    {
        _target = target;
        return this;
    }

    /// <summary>Sets the value last measured.</summary>
    /// <param name="actual">The measured value.</param>
    /// <returns>This builder.</returns>
    public MetricBuilder Actual(decimal actual)
    {
        _actual = actual;
        return this;
    }

    /// <summary>Sets which way the metric improves, overriding the default for its kind.</summary>
    /// <param name="direction">The direction.</param>
    /// <returns>This builder.</returns>
    public MetricBuilder Direction(MetricDirection direction)
    {
        _direction = Guard.Defined(direction, nameof(direction));
        return this;
    }

    /// <summary>Removes the unit.</summary>
    /// <returns>This builder.</returns>
    public MetricBuilder ClearUnit()
    {
        _unit = null;
        return this;
    }

    /// <summary>Removes the target.</summary>
    /// <returns>This builder.</returns>
    public MetricBuilder ClearTarget()
    {
        _target = null;
        return this;
    }

    /// <summary>Removes the actual value.</summary>
    /// <returns>This builder.</returns>
    public MetricBuilder ClearActual()
    {
        _actual = null;
        return this;
    }

    /// <summary>Removes the direction set with <see cref="Direction"/>, so that the metric takes its kind's default again.</summary>
    /// <returns>This builder.</returns>
    public MetricBuilder ClearDirection()
    {
        _direction = null;
        return this;
    }

    /// <summary>Sets a free-form property for embedding applications, such as a CRM id, replacing any earlier value.</summary>
    /// <param name="key">The key.</param>
    /// <param name="value">The value.</param>
    /// <returns>This builder.</returns>
    public MetricBuilder Property(string key, string value)
    {
        _properties.Set(key, value);
        return this;
    }

    /// <summary>Removes a free-form property; nothing happens when the builder has none under <paramref name="key"/>.</summary>
    /// <param name="key">The key.</param>
    /// <returns>This builder.</returns>
    public MetricBuilder RemoveProperty(string key)
    {
        _properties.Remove(key);
        return this;
    }

    internal Metric ToModel(BuildContext context, Location parent)
    {
        context.CheckElement(in _slot, context.Metrics, NameText, "metric's name", parent, "metrics");
        return new Metric(_slot.Assigned, NameText, _kind, _unit, _target, _actual, _direction ?? Metric.DefaultDirection(_kind), _properties.ToValueMap());
    }

    internal static MetricBuilder From(Metric metric) => new(metric.Name)
    {
        _slot = new IdSlot { Explicit = metric.Id },
        _kind = metric.Kind,
        _unit = metric.Unit,
        _target = metric.Target,
        _actual = metric.Actual,
        _direction = metric.Direction,
        _properties = PropertyBag.From(metric.Properties),
    };
}
