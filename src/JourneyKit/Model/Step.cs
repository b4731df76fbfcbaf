using JourneyKit.Internal;

namespace JourneyKit;

/// <summary>
/// One thing the customer does inside a stage, with what they do, think and feel, the touchpoints they use,
/// what hurts, what could be better, how it is measured, who owns it and what runs behind the scenes.
/// </summary>
/// <remarks>Immutable and thread-safe; equal when all properties, children included, are equal.</remarks>
public sealed record Step
{
    internal Step(
        string id,
        string name,
        string? description,
        ValueList<string> actions,
        ValueList<string> thoughts,
        ValueList<Emotion> emotions,
        ValueList<string> touchpointIds,
        ValueList<PainPoint> painPoints,
        ValueList<Opportunity> opportunities,
        ValueList<Metric> metrics,
        string? ownerId,
        TimeSpan? duration,
        bool isMilestone,
        ValueList<BackStageItem> backStage,
        ValueList<Evidence> evidence,
        ValueMap properties)
    {
        Id = id;
        Name = name;
        Description = description;
        Actions = actions;
        Thoughts = thoughts;
        Emotions = emotions;
        TouchpointIds = touchpointIds;
        PainPoints = painPoints;
        Opportunities = opportunities;
        Metrics = metrics;
        OwnerId = ownerId;
        Duration = duration;
        IsMilestone = isMilestone;
        BackStage = backStage;
        Evidence = evidence;
        Properties = properties;
    }

    /// <summary>Gets the id, unique among all the map's steps, whatever their stage.</summary>
    public string Id { get; }

    /// <summary>Gets the name, such as "Looks at the menu".</summary>
    public string Name { get; private init; }

    /// <summary>Gets the description, if any.</summary>
    public string? Description { get; private init; }

    /// <summary>Gets what the customer does.</summary>
    public ValueList<string> Actions { get; private init; }

    /// <summary>Gets what the customer thinks, in their words.</summary>
    public ValueList<string> Thoughts { get; private init; }

    /// <summary>Gets how the customer feels: at most one emotion for all personas and one per persona.</summary>
    public ValueList<Emotion> Emotions { get; }

    /// <summary>Gets the ids of the touchpoints used, from the map's <see cref="JourneyMap.Touchpoints"/>.</summary>
    public ValueList<string> TouchpointIds { get; }

    /// <summary>Gets what hurts at this step.</summary>
    public ValueList<PainPoint> PainPoints { get; }

    /// <summary>Gets the chances to do better at this step.</summary>
    public ValueList<Opportunity> Opportunities { get; }

    /// <summary>Gets how this step is measured.</summary>
    public ValueList<Metric> Metrics { get; }

    /// <summary>Gets the id of the owner, from the map's <see cref="JourneyMap.Owners"/>, if any.</summary>
    public string? OwnerId { get; }

    /// <summary>Gets how long the step takes the customer, if known.</summary>
    public TimeSpan? Duration { get; private init; }

    /// <summary>Gets whether the step is a key moment, such as sign-up or activation.</summary>
    public bool IsMilestone { get; private init; }

    /// <summary>Gets the systems, processes and people behind the line of visibility.</summary>
    public ValueList<BackStageItem> BackStage { get; }

    /// <summary>Gets the research findings behind this step: quotes, observations and figures.</summary>
    public ValueList<Evidence> Evidence { get; }

    /// <summary>Gets the emotion felt by every persona, if recorded.</summary>
    public Emotion? Emotion => FindEmotion(null);

    /// <summary>Returns the emotion recorded for <paramref name="personaId"/>, or the general one when the persona has none.</summary>
    /// <param name="personaId">The persona's id, or <see langword="null"/> for the general emotion.</param>
    /// <returns>The emotion, or <see langword="null"/> when none is recorded.</returns>
    public Emotion? EmotionFor(string? personaId) => FindEmotion(personaId) ?? FindEmotion(null);

    private Emotion? FindEmotion(string? personaId)
    {
        foreach (var emotion in Emotions)
        {
            if (emotion.PersonaId == personaId)
            {
                return emotion;
            }
        }

        return null;
    }

    /// <summary>Returns a copy with another name; the id stays.</summary>
    /// <param name="name">The new name.</param>
    /// <returns>The changed copy.</returns>
    public Step WithName(string name) => this with { Name = Guard.Name(name, nameof(name)) };

    /// <summary>Returns a copy with another description.</summary>
    /// <param name="description">The new description, or <see langword="null"/> to remove it.</param>
    /// <returns>The changed copy.</returns>
    public Step WithDescription(string? description) => this with { Description = Guard.OptionalText(description, nameof(description)) };

    /// <summary>Returns a copy with other actions.</summary>
    /// <param name="actions">The new actions.</param>
    /// <returns>The changed copy.</returns>
    public Step WithActions(IEnumerable<string> actions) => this with { Actions = Guard.TextList(actions, nameof(actions)) };

    /// <summary>Returns a copy with other thoughts.</summary>
    /// <param name="thoughts">The new thoughts.</param>
    /// <returns>The changed copy.</returns>
    public Step WithThoughts(IEnumerable<string> thoughts) => this with { Thoughts = Guard.TextList(thoughts, nameof(thoughts)) };

    /// <summary>Returns a copy with another duration.</summary>
    /// <param name="duration">The new duration, or <see langword="null"/> to remove it.</param>
    /// <returns>The changed copy.</returns>
    public Step WithDuration(TimeSpan? duration) => this with { Duration = Guard.Duration(duration, nameof(duration)) };

    /// <summary>Returns a copy that is, or is not, a milestone.</summary>
    /// <param name="isMilestone">Whether the step is a key moment.</param>
    /// <returns>The changed copy.</returns>
    public Step WithMilestone(bool isMilestone) => this with { IsMilestone = isMilestone };

    /// <summary>Gets free-form properties for embedding applications, such as a CRM id or a ticket link, in ordinal key order.</summary>
    public ValueMap Properties { get; private init; }

    /// <summary>Returns a copy with a property set, replacing any earlier value.</summary>
    /// <param name="key">The property's key.</param>
    /// <param name="value">The property's value.</param>
    /// <returns>The changed copy.</returns>
    public Step WithProperty(string key, string value) => this with { Properties = Properties.SetItem(Guard.Text(key, nameof(key)), Guard.AnyText(value, nameof(value))) };

    /// <summary>Returns a copy without a property.</summary>
    /// <param name="key">The property's key.</param>
    /// <returns>The changed copy.</returns>
    public Step WithoutProperty(string key) => this with { Properties = Properties.Remove(Guard.Text(key, nameof(key))) };

    /// <inheritdoc />
    public override string ToString() => $"Step '{Name}' ({Id})";
}
