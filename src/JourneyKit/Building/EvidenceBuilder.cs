using JourneyKit.Internal;

namespace JourneyKit.Building;

/// <summary>Describes a piece of evidence behind a step. Not thread-safe: use one builder from one thread.</summary>
public sealed class EvidenceBuilder
{
    private IdSlot _slot;
    private EvidenceKind _kind = JourneyKit.Evidence.DefaultKind;
    private string? _source;
    private DateOnly? _collectedOn;
    private string? _link;
    private PropertyBag _properties;

    internal EvidenceBuilder(string text) => Wording = text;

    internal string Wording { get; private set; }

    internal ref IdSlot Slot => ref _slot;

    /// <summary>Sets what the evidence says; an explicit id, if any, stays.</summary>
    /// <param name="text">The quote, observation or figure.</param>
    /// <returns>This builder.</returns>
    public EvidenceBuilder Text(string text)
    {
        Wording = Guard.Text(text, nameof(text));
        return this;
    }

    /// <summary>Sets an explicit id instead of the one derived from the text.</summary>
    /// <param name="id">The id; see <see cref="ElementIds"/> for the rules.</param>
    /// <returns>This builder.</returns>
    public EvidenceBuilder Id(string id)
    {
        _slot.Explicit = BuilderGuard.Id(id, nameof(id));
        return this;
    }

    /// <summary>Sets what the evidence is; a quote unless set.</summary>
    /// <param name="kind">The kind.</param>
    /// <returns>This builder.</returns>
    public EvidenceBuilder Kind(EvidenceKind kind)
    {
        _kind = Guard.Defined(kind, nameof(kind));
        return this;
    }

    /// <summary>Sets where it comes from, such as "Interview 4" or "Checkout analytics".</summary>
    /// <param name="source">The source.</param>
    /// <returns>This builder.</returns>
    public EvidenceBuilder Source(string source)
    {
        _source = Guard.Text(source, nameof(source));
        return this;
    }

    /// <summary>Sets when it was collected.</summary>
    /// <param name="date">The date.</param>
    /// <returns>This builder.</returns>
    public EvidenceBuilder CollectedOn(DateOnly date)
    {
        _collectedOn = date;
        return this;
    }

    /// <summary>Sets a link to the recording, notes or report.</summary>
    /// <param name="link">An absolute <c>http</c> or <c>https</c> URI.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentException">The link is not an absolute <c>http</c> or <c>https</c> URI.</exception>
    public EvidenceBuilder Link(string link)
    {
        _link = Guard.Link(link, nameof(link));
        return this;
    }

    /// <summary>Removes the source.</summary>
    /// <returns>This builder.</returns>
    public EvidenceBuilder ClearSource()
    {
        _source = null;
        return this;
    }

    /// <summary>Removes the date the evidence was collected on.</summary>
    /// <returns>This builder.</returns>
    public EvidenceBuilder ClearCollectedOn()
    {
        _collectedOn = null;
        return this;
    }

    /// <summary>Removes the link.</summary>
    /// <returns>This builder.</returns>
    public EvidenceBuilder ClearLink()
    {
        _link = null;
        return this;
    }

    /// <summary>Sets a free-form property for embedding applications, such as a research-repository id, replacing any earlier value.</summary>
    /// <param name="key">The key.</param>
    /// <param name="value">The value.</param>
    /// <returns>This builder.</returns>
    public EvidenceBuilder Property(string key, string value)
    {
        _properties.Set(key, value);
        return this;
    }

    /// <summary>Removes a free-form property; nothing happens when the builder has none under <paramref name="key"/>.</summary>
    /// <param name="key">The key.</param>
    /// <returns>This builder.</returns>
    public EvidenceBuilder RemoveProperty(string key)
    {
        _properties.Remove(key);
        return this;
    }

    internal Evidence ToModel(BuildContext context, Location parent)
    {
        context.CheckElement(in _slot, context.Evidence, Wording, "evidence's text", parent, "evidence");
        return new Evidence(_slot.Assigned, _kind, Wording, _source, _collectedOn, _link, _properties.ToValueMap());
    }

    internal static EvidenceBuilder From(Evidence evidence) => new(evidence.Text)
    {
        _slot = new IdSlot { Explicit = evidence.Id },
        _kind = evidence.Kind,
        _source = evidence.Source,
        _collectedOn = evidence.CollectedOn,
        _link = evidence.Link,
        _properties = PropertyBag.From(evidence.Properties),
    };
}
