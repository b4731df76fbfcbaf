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

    /// <summary>Removes the segment.</summary>
    /// <returns>This builder.</returns>
    public PersonaBuilder ClearSegment()
    {
        SegmentText = null;
        return this;
    }

    /// <summary>Removes a demographic fact.</summary>
    /// <param name="key">The fact's key.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentException">The persona has no fact under <paramref name="key"/>.</exception>
    public PersonaBuilder RemoveDemographic(string key)
    {
        if (!_demographics.Remove(Guard.Text(key, nameof(key))))
        {
            throw new ArgumentException($"Persona '{NameText}' has no demographic fact '{key}'.", nameof(key));
        }

        return this;
    }

    /// <summary>Moves a behaviour, the first one with this text, to another place among the behaviours.</summary>
    /// <param name="behaviour">The behaviour's text.</param>
    /// <param name="position">Where it goes, from 0 for first to the number of behaviours less one for last.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentException">The persona has no such behaviour.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="position"/> is not a place among them.</exception>
    public PersonaBuilder MoveBehaviour(string behaviour, int position)
    {
        var index = IndexOfBehaviour(behaviour, nameof(behaviour));
        _behaviours.Move(index, BuilderGuard.Position(position, _behaviours.Count, nameof(position)));
        return this;
    }

    /// <summary>Moves a goal, the first one with this text, to another place among the goals.</summary>
    /// <param name="goal">The goal's text.</param>
    /// <param name="position">Where it goes, from 0 for first to the number of goals less one for last.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentException">The persona has no such goal.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="position"/> is not a place among them.</exception>
    public PersonaBuilder MoveGoal(string goal, int position)
    {
        var index = IndexOfGoal(goal, nameof(goal));
        _goals.Move(index, BuilderGuard.Position(position, _goals.Count, nameof(position)));
        return this;
    }

    /// <summary>Moves a need, the first one with this text, to another place among the needs.</summary>
    /// <param name="need">The need's text.</param>
    /// <param name="position">Where it goes, from 0 for first to the number of needs less one for last.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentException">The persona has no such need.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="position"/> is not a place among them.</exception>
    public PersonaBuilder MoveNeed(string need, int position)
    {
        var index = IndexOfNeed(need, nameof(need));
        _needs.Move(index, BuilderGuard.Position(position, _needs.Count, nameof(position)));
        return this;
    }

    /// <summary>Moves a frustration, the first one with this text, to another place among the frustrations.</summary>
    /// <param name="frustration">The frustration's text.</param>
    /// <param name="position">Where it goes, from 0 for first to the number of frustrations less one for last.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentException">The persona has no such frustration.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="position"/> is not a place among them.</exception>
    public PersonaBuilder MoveFrustration(string frustration, int position)
    {
        var index = IndexOfFrustration(frustration, nameof(frustration));
        _frustrations.Move(index, BuilderGuard.Position(position, _frustrations.Count, nameof(position)));
        return this;
    }

    /// <summary>Removes a behaviour, the first one with this text.</summary>
    /// <param name="behaviour">The behaviour's text.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentException">The persona has no such behaviour.</exception>
    public PersonaBuilder RemoveBehaviour(string behaviour)
    {
        _behaviours.RemoveAt(IndexOfBehaviour(behaviour, nameof(behaviour)));
        return this;
    }

    /// <summary>Removes a goal, the first one with this text.</summary>
    /// <param name="goal">The goal's text.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentException">The persona has no such goal.</exception>
    public PersonaBuilder RemoveGoal(string goal)
    {
        _goals.RemoveAt(IndexOfGoal(goal, nameof(goal)));
        return this;
    }

    /// <summary>Removes a need, the first one with this text.</summary>
    /// <param name="need">The need's text.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentException">The persona has no such need.</exception>
    public PersonaBuilder RemoveNeed(string need)
    {
        _needs.RemoveAt(IndexOfNeed(need, nameof(need)));
        return this;
    }

    /// <summary>Removes a frustration, the first one with this text.</summary>
    /// <param name="frustration">The frustration's text.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentException">The persona has no such frustration.</exception>
    public PersonaBuilder RemoveFrustration(string frustration)
    {
        _frustrations.RemoveAt(IndexOfFrustration(frustration, nameof(frustration)));
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

    /// <summary>Removes a free-form property; nothing happens when the builder has none under <paramref name="key"/>.</summary>
    /// <param name="key">The key.</param>
    /// <returns>This builder.</returns>
    public PersonaBuilder RemoveProperty(string key)
    {
        _properties.Remove(key);
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

    private int IndexOfBehaviour(string reference, string paramName) =>
        BuilderGuard.IndexOf(_behaviours.AsSpan(), reference, $"Persona '{NameText}'", _ => null, t => t, "behaviour", paramName);

    private int IndexOfGoal(string reference, string paramName) =>
        BuilderGuard.IndexOf(_goals.AsSpan(), reference, $"Persona '{NameText}'", _ => null, t => t, "goal", paramName);

    private int IndexOfNeed(string reference, string paramName) =>
        BuilderGuard.IndexOf(_needs.AsSpan(), reference, $"Persona '{NameText}'", _ => null, t => t, "need", paramName);

    private int IndexOfFrustration(string reference, string paramName) =>
        BuilderGuard.IndexOf(_frustrations.AsSpan(), reference, $"Persona '{NameText}'", _ => null, t => t, "frustration", paramName);
}
