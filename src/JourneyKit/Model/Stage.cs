using JourneyKit.Internal;

namespace JourneyKit;

/// <summary>A phase of the journey, named for the customer's goal in it, holding its steps in order.</summary>
/// <remarks>Immutable and thread-safe; equal when all properties, steps included, are equal.</remarks>
public sealed record Stage
{
    internal Stage(string id, string name, string? goal, ValueList<string> questions, string? ownerId, ValueList<Metric> metrics, string? icon, ValueList<Step> steps, ValueMap properties)
    {
        Id = id;
        Name = name;
        Goal = goal;
        Questions = questions;
        OwnerId = ownerId;
        Metrics = metrics;
        Icon = icon;
        Steps = steps;
        Properties = properties;
    }

    /// <summary>Gets the id, unique among the map's stages.</summary>
    public string Id { get; }

    /// <summary>Gets the name, such as "Awareness" or "Choose food".</summary>
    public string Name { get; private init; }

    /// <summary>Gets what the customer wants to achieve in this stage, if given.</summary>
    public string? Goal { get; private init; }

    /// <summary>Gets the questions the customer asks in this stage.</summary>
    public ValueList<string> Questions { get; private init; }

    /// <summary>Gets the id of the owner, from the map's <see cref="JourneyMap.Owners"/>, if any.</summary>
    public string? OwnerId { get; }

    /// <summary>Gets how this stage is measured.</summary>
    public ValueList<Metric> Metrics { get; }

    /// <summary>Gets the symbol shown for the stage (an emoji or an icon name), if any.</summary>
    public string? Icon { get; private init; }

    /// <summary>Gets the steps, in the order the customer takes them.</summary>
    public ValueList<Step> Steps { get; }

    /// <summary>Returns a copy with another name; the id stays.</summary>
    /// <param name="name">The new name.</param>
    /// <returns>The changed copy.</returns>
    public Stage WithName(string name) => this with { Name = Guard.Name(name, nameof(name)) };

    /// <summary>Returns a copy with another customer goal.</summary>
    /// <param name="goal">The new goal, or <see langword="null"/> to remove it.</param>
    /// <returns>The changed copy.</returns>
    public Stage WithGoal(string? goal) => this with { Goal = Guard.OptionalText(goal, nameof(goal)) };

    /// <summary>Returns a copy with other customer questions.</summary>
    /// <param name="questions">The new questions.</param>
    /// <returns>The changed copy.</returns>
    public Stage WithQuestions(IEnumerable<string> questions) => this with { Questions = Guard.TextList(questions, nameof(questions)) };

    /// <summary>Returns a copy with another icon.</summary>
    /// <param name="icon">The new icon, or <see langword="null"/> to remove it.</param>
    /// <returns>The changed copy.</returns>
    public Stage WithIcon(string? icon) => this with { Icon = Guard.OptionalText(icon, nameof(icon)) };

    /// <summary>Gets free-form properties for embedding applications, such as a CRM id or a ticket link, in ordinal key order.</summary>
    public ValueMap Properties { get; private init; }

    /// <summary>Returns a copy with a property set, replacing any earlier value.</summary>
    /// <param name="key">The property's key.</param>
    /// <param name="value">The property's value.</param>
    /// <returns>The changed copy.</returns>
    public Stage WithProperty(string key, string value) => this with { Properties = Properties.SetItem(Guard.Text(key, nameof(key)), Guard.AnyText(value, nameof(value))) };

    /// <summary>Returns a copy without a property.</summary>
    /// <param name="key">The property's key.</param>
    /// <returns>The changed copy.</returns>
    public Stage WithoutProperty(string key) => this with { Properties = Properties.Remove(Guard.Text(key, nameof(key))) };

    /// <inheritdoc />
    public override string ToString() => $"Stage '{Name}' ({Id}, {Steps.Count} step{(Steps.Count == 1 ? "" : "s")})";
}
