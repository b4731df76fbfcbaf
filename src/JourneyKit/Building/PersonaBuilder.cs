using JourneyKit.Internal;

namespace JourneyKit.Building;

/// <summary>Describes a persona. Not thread-safe: use one builder from one thread.</summary>
public sealed class PersonaBuilder
{
    private readonly SortedDictionary<string, string> _demographics = new(StringComparer.Ordinal);
    private ItemList<string> _behaviours;
    private ItemList<string> _goals;
    private ItemList<string> _needs;
    private ItemList<string> _frustrations;

    private IdSlot _slot;
    private PropertyBag _properties;

    internal PersonaBuilder(string name) => NameText = name;

    internal string NameText { get; private set; }

    internal ref IdSlot Slot => ref _slot;

    private string? SegmentText { get; set; }

    /// <summary>Sets an explicit id instead of the one derived from the name.</summary>
    /// <param name="id">The id; see <see cref="ElementIds"/> for the rules.</param>
    /// <returns>This builder.</returns>
    public PersonaBuilder Id(string id)
    {
        _slot.Explicit = BuilderGuard.Id(id, nameof(id));
        return this;
    }

    /// <summary>Sets the persona\'s name; an explicit id, if any, stays, so renaming keeps the id.</summary>
    /// <param name="name">The name.</param>
    /// <returns>This builder.</returns>
    public PersonaBuilder Name(string name)
    {
        NameText = Guard.Text(name, nameof(name));
        return this;
    }

    /// <summary>Sets the segment the persona stands for.</summary>
    /// <param name="segment">The segment, such as "Students on a budget".</param>
    /// <returns>This builder.</returns>
    public PersonaBuilder Segment(string segment)
    {
        SegmentText = Guard.Text(segment, nameof(segment));
        return this;
    }

    /// <summary>Sets a demographic fact, replacing any earlier value for the same key.</summary>
    /// <param name="key">What the fact is about, such as "age".</param>
    /// <param name="value">The value, such as "18-21".</param>
    /// <returns>This builder.</returns>
    public PersonaBuilder Demographic(string key, string value)
    {
        _demographics[Guard.Text(key, nameof(key))] = Guard.AnyText(value, nameof(value));
        return this;
    }

    /// <summary>Adds habitual behaviours.</summary>
    /// <param name="behaviours">The behaviours, in order.</param>
    /// <returns>This builder.</returns>
    public PersonaBuilder Behaviour(params ReadOnlySpan<string> behaviours)
    {
        BuilderGuard.AddAll(ref _behaviours, behaviours, nameof(behaviours));
        return this;
    }

    /// <summary>Adds goals.</summary>
    /// <param name="goals">The goals, in order.</param>
    /// <returns>This builder.</returns>
    public PersonaBuilder Goal(params ReadOnlySpan<string> goals)
    {
        BuilderGuard.AddAll(ref _goals, goals, nameof(goals));
        return this;
    }

    /// <summary>Adds needs.</summary>
    /// <param name="needs">The needs, in order.</param>
    /// <returns>This builder.</returns>
    public PersonaBuilder Need(params ReadOnlySpan<string> needs)
    {
        BuilderGuard.AddAll(ref _needs, needs, nameof(needs));
        return this;
    }

    /// <summary>Adds frustrations.</summary>
    /// <param name="frustrations">The frustrations, in order.</param>
    /// <returns>This builder.</returns>
    public PersonaBuilder Frustration(params ReadOnlySpan<string> frustrations)
    {
        BuilderGuard.AddAll(ref _frustrations, frustrations, nameof(frustrations));
        return this;
    }

    /// <summary>Sets a free-form property for embedding applications, such as a CRM id, replacing any earlier value.</summary>
    /// <param name="key">The key.</param>
    /// <param name="value">The value.</param>
    /// <returns>This builder.</returns>
    public PersonaBuilder Property(string key, string value)
    {
        _properties.Set(key, value);
        return this;
    }

    internal Persona ToModel() => new(
        _slot.Assigned,
        NameText,
        SegmentText,
        _demographics.Count == 0 ? default : ValueMap.From(_demographics),
        _behaviours.ToValueList(),
        _goals.ToValueList(),
        _needs.ToValueList(),
        _frustrations.ToValueList(),
        _properties.ToValueMap());

    internal static PersonaBuilder From(Persona persona)
    {
        var builder = new PersonaBuilder(persona.Name) { _slot = new IdSlot { Explicit = persona.Id }, SegmentText = persona.Segment, _properties = PropertyBag.From(persona.Properties) };
        foreach (var (key, value) in persona.Demographics)
        {
            builder._demographics[key] = value;
        }

        builder._behaviours.AddRange(persona.Behaviours.AsSpan());
        builder._goals.AddRange(persona.Goals.AsSpan());
        builder._needs.AddRange(persona.Needs.AsSpan());
        builder._frustrations.AddRange(persona.Frustrations.AsSpan());
        return builder;
    }
}
