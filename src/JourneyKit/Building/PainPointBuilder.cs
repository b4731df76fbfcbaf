using JourneyKit.Internal;

namespace JourneyKit.Building;

/// <summary>Describes a pain point of a step. Not thread-safe: use one builder from one thread.</summary>
public sealed class PainPointBuilder
{
    private string? _id;
    private PainSeverity _severity = JourneyKit.PainPoint.DefaultSeverity;
    private PropertyBag _properties;
    private ItemList<string> _evidence;

    internal PainPointBuilder(string description) => DescriptionText = description;

    internal string DescriptionText { get; private set; }

    /// <summary>Rewords the pain point; an explicit id, if any, stays.</summary>
    /// <param name="description">What hurts, in the customer's terms.</param>
    /// <returns>This builder.</returns>
    public PainPointBuilder Description(string description)
    {
        DescriptionText = Guard.Text(description, nameof(description));
        return this;
    }

    /// <summary>Sets an explicit id instead of the one derived from the description.</summary>
    /// <param name="id">The id; see <see cref="ElementIds"/> for the rules.</param>
    /// <returns>This builder.</returns>
    public PainPointBuilder Id(string id)
    {
        _id = BuilderGuard.Id(id, nameof(id));
        return this;
    }

    /// <summary>Sets how badly it hurts; medium unless set.</summary>
    /// <param name="severity">The severity.</param>
    /// <returns>This builder.</returns>
    public PainPointBuilder Severity(PainSeverity severity)
    {
        _severity = Guard.Defined(severity, nameof(severity));
        return this;
    }

    /// <summary>Cites evidence that shows this pain point, by the id or text of evidence recorded on any step of the map.</summary>
    /// <param name="evidence">The evidence's ids or texts.</param>
    /// <returns>This builder.</returns>
    public PainPointBuilder Cites(params ReadOnlySpan<string> evidence)
    {
        BuilderGuard.AddAll(ref _evidence, evidence, nameof(evidence));
        return this;
    }

    /// <summary>Stops the pain point citing a piece of evidence; the evidence stays on the step.</summary>
    /// <param name="evidence">The evidence's id or text.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentException">The pain point does not cite that evidence.</exception>
    public PainPointBuilder RemoveCited(string evidence)
    {
        _evidence.RemoveAt(BuilderGuard.ReferenceIndex(_evidence.AsSpan(), evidence, $"Pain point '{DescriptionText}'", "cited evidence", nameof(evidence)));
        return this;
    }

    /// <summary>Sets a free-form property for embedding applications, such as a ticket link, replacing any earlier value.</summary>
    /// <param name="key">The key.</param>
    /// <param name="value">The value.</param>
    /// <returns>This builder.</returns>
    public PainPointBuilder Property(string key, string value)
    {
        _properties.Set(key, value);
        return this;
    }

    /// <summary>Removes a free-form property; nothing happens when the builder has none under <paramref name="key"/>.</summary>
    /// <param name="key">The key.</param>
    /// <returns>This builder.</returns>
    public PainPointBuilder RemoveProperty(string key)
    {
        _properties.Remove(key);
        return this;
    }

    internal static PainPointBuilder From(PainPointSpec spec)
    {
        var builder = new PainPointBuilder(spec.Description) { _id = spec.Slot.Explicit, _severity = spec.Severity, _properties = PropertyBag.From(spec.Properties) };
        builder._evidence.AddRange(spec.Evidence.AsSpan());
        return builder;
    }

    internal PainPointSpec ToSpec() => new(DescriptionText, _severity) { Slot = new IdSlot { Explicit = _id }, Evidence = _evidence.ToValueList(), Properties = _properties.ToValueMap() };
}
