using JourneyKit.Internal;

namespace JourneyKit;

/// <summary>The customer type a map is about: who they are, what they want and what frustrates them.</summary>
/// <remarks>Immutable and thread-safe; equal when all properties are equal.</remarks>
public sealed record Persona
{
    internal Persona(string id, string name, string? segment, ValueMap demographics, ValueList<string> behaviours, ValueList<string> goals, ValueList<string> needs, ValueList<string> frustrations, ValueMap properties)
    {
        Id = id;
        Name = name;
        Segment = segment;
        Demographics = demographics;
        Behaviours = behaviours;
        Goals = goals;
        Needs = needs;
        Frustrations = frustrations;
        Properties = properties;
    }

    /// <summary>Gets the id, unique among the map's personas.</summary>
    public string Id { get; }

    /// <summary>Gets the name, such as "First-year student".</summary>
    public string Name { get; private init; }

    /// <summary>Gets the segment the persona stands for, if given.</summary>
    public string? Segment { get; private init; }

    /// <summary>Gets demographic facts by name, such as <c>age</c> = <c>18-21</c>.</summary>
    public ValueMap Demographics { get; private init; }

    /// <summary>Gets what the persona habitually does.</summary>
    public ValueList<string> Behaviours { get; private init; }

    /// <summary>Gets what the persona wants to achieve.</summary>
    public ValueList<string> Goals { get; private init; }

    /// <summary>Gets what the persona needs from the business.</summary>
    public ValueList<string> Needs { get; private init; }

    /// <summary>Gets what frustrates the persona.</summary>
    public ValueList<string> Frustrations { get; private init; }

    /// <summary>Returns a copy with another name; the id stays.</summary>
    /// <param name="name">The new name.</param>
    /// <returns>The changed copy.</returns>
    public Persona WithName(string name) => this with { Name = Guard.Name(name, nameof(name)) };

    /// <summary>Returns a copy with another segment.</summary>
    /// <param name="segment">The new segment, or <see langword="null"/> to remove it.</param>
    /// <returns>The changed copy.</returns>
    public Persona WithSegment(string? segment) => this with { Segment = Guard.OptionalText(segment, nameof(segment)) };

    /// <summary>Returns a copy with other demographics.</summary>
    /// <param name="demographics">The new demographics.</param>
    /// <returns>The changed copy.</returns>
    public Persona WithDemographics(ValueMap demographics) => this with { Demographics = demographics };

    /// <summary>Returns a copy with other behaviours.</summary>
    /// <param name="behaviours">The new behaviours.</param>
    /// <returns>The changed copy.</returns>
    public Persona WithBehaviours(IEnumerable<string> behaviours) => this with { Behaviours = Guard.TextList(behaviours, nameof(behaviours)) };

    /// <summary>Returns a copy with other goals.</summary>
    /// <param name="goals">The new goals.</param>
    /// <returns>The changed copy.</returns>
    public Persona WithGoals(IEnumerable<string> goals) => this with { Goals = Guard.TextList(goals, nameof(goals)) };

    /// <summary>Returns a copy with other needs.</summary>
    /// <param name="needs">The new needs.</param>
    /// <returns>The changed copy.</returns>
    public Persona WithNeeds(IEnumerable<string> needs) => this with { Needs = Guard.TextList(needs, nameof(needs)) };

    /// <summary>Returns a copy with other frustrations.</summary>
    /// <param name="frustrations">The new frustrations.</param>
    /// <returns>The changed copy.</returns>
    public Persona WithFrustrations(IEnumerable<string> frustrations) => this with { Frustrations = Guard.TextList(frustrations, nameof(frustrations)) };

    /// <summary>Gets free-form properties for embedding applications, such as a CRM id or a ticket link, in ordinal key order.</summary>
    public ValueMap Properties { get; private init; }

    /// <summary>Returns a copy with a property set, replacing any earlier value.</summary>
    /// <param name="key">The property's key.</param>
    /// <param name="value">The property's value.</param>
    /// <returns>The changed copy.</returns>
    public Persona WithProperty(string key, string value) => this with { Properties = Properties.SetItem(Guard.Text(key, nameof(key)), Guard.AnyText(value, nameof(value))) };

    /// <summary>Returns a copy without a property.</summary>
    /// <param name="key">The property's key.</param>
    /// <returns>The changed copy.</returns>
    public Persona WithoutProperty(string key) => this with { Properties = Properties.Remove(Guard.Text(key, nameof(key))) };

    /// <inheritdoc />
    public override string ToString() => $"Persona '{Name}' ({Id})";
}
