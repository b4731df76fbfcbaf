using System.Runtime.CompilerServices;
using JourneyKit.Building;
using JourneyKit.Internal;

namespace JourneyKit;

/// <summary>
/// A customer journey map: one persona's experience across stages and steps, with the catalogs of touchpoints,
/// channels and owners the steps refer to, the non-linear paths between steps, and the map's revision history.
/// </summary>
/// <remarks>
/// Create maps with <see cref="Create(string)"/> and change them with the <c>With...</c> methods or
/// <see cref="ToBuilder"/>. Every instance is structurally sound: ids are unique within their kind, every
/// reference resolves and every emotion is on the scale. Immutable and thread-safe; two maps are equal when
/// all their content is equal.
/// </remarks>
public sealed record JourneyMap
{
    internal JourneyMap(
        string id,
        string title,
        string? description,
        JourneyKind kind,
        Audience audience,
        string? language,
        ValueList<Persona> personas,
        ValueList<Stage> stages,
        ValueList<Touchpoint> touchpoints,
        ValueList<Channel> channels,
        ValueList<Owner> owners,
        ValueList<Transition> transitions,
        EmotionScale emotionScale,
        Revision? revision,
        TimeSpan? reviewCadence,
        DateOnly? lastReviewedOn,
        ValueMap properties)
    {
        Id = id;
        Title = title;
        Description = description;
        Kind = kind;
        Audience = audience;
        Language = language;
        Personas = personas;
        Stages = stages;
        Touchpoints = touchpoints;
        Channels = channels;
        Owners = owners;
        Transitions = transitions;
        EmotionScale = emotionScale;
        Revision = revision;
        ReviewCadence = reviewCadence;
        LastReviewedOn = lastReviewedOn;
        Properties = properties;
    }

    /// <summary>Starts a new map with the fluent builder.</summary>
    /// <param name="title">The map's title, such as "Buy lunch in the canteen".</param>
    /// <returns>A builder; call <see cref="JourneyMapBuilder.Build"/> when the map is described.</returns>
    /// <exception cref="ArgumentException"><paramref name="title"/> is null or blank.</exception>
    public static JourneyMapBuilder Create(string title) => new(title);

    /// <summary>Gets the map's id, derived from the title unless given.</summary>
    public string Id { get; }

    /// <summary>Gets the title.</summary>
    public string Title { get; private init; }

    /// <summary>Gets the description, if any.</summary>
    public string? Description { get; private init; }

    /// <summary>Gets the kind of journey.</summary>
    public JourneyKind Kind { get; private init; }

    /// <summary>Gets whether the customers are consumers or businesses.</summary>
    public Audience Audience { get; private init; }

    /// <summary>
    /// Gets the BCP 47 tag of the language the map is written in, such as <c>de</c> or <c>zh-Hans</c>, if recorded.
    /// Pictures, exports, reports and changelogs write around the map's labels in it when it is built in and their
    /// options choose no language (see <see cref="Localization.JourneyLanguage.Find"/>).
    /// </summary>
    public string? Language { get; private init; }

    /// <summary>Gets the personas the map is about; usually one.</summary>
    public ValueList<Persona> Personas { get; }

    /// <summary>Gets the stages, in timeline order.</summary>
    public ValueList<Stage> Stages { get; }

    /// <summary>Gets the catalog of touchpoints the steps refer to.</summary>
    public ValueList<Touchpoint> Touchpoints { get; }

    /// <summary>Gets the catalog of channels the touchpoints refer to.</summary>
    public ValueList<Channel> Channels { get; }

    /// <summary>Gets the catalog of owners the stages, steps and opportunities refer to.</summary>
    public ValueList<Owner> Owners { get; }

    /// <summary>Gets the non-linear paths between steps: branches, loops and exits.</summary>
    public ValueList<Transition> Transitions { get; }

    /// <summary>Gets the range of emotion scores.</summary>
    public EmotionScale EmotionScale { get; }

    /// <summary>Gets which revision of the map this is, if recorded.</summary>
    public Revision? Revision { get; private init; }

    /// <summary>Gets how often the map should be reviewed, if agreed.</summary>
    public TimeSpan? ReviewCadence { get; private init; }

    /// <summary>Gets when the map was last reviewed, if recorded.</summary>
    public DateOnly? LastReviewedOn { get; private init; }

    /// <summary>Gets free-form properties for embedding applications, in ordinal key order.</summary>
    public ValueMap Properties { get; private init; }

    /// <summary>Gets the date the next review is due, when both the cadence and the last review are known.</summary>
    public DateOnly? NextReviewDue => LastReviewedOn is { } last && ReviewCadence is { } cadence
        ? last.AddDays((int)Math.Ceiling(cadence.TotalDays))
        : null;

    /// <summary>Gets every step of every stage, in timeline order; made once, on first use.</summary>
    public ValueList<Step> Steps => Index.Steps;

    /// <summary>Finds a stage by id.</summary>
    /// <param name="id">The stage's id.</param>
    /// <returns>The stage, or <see langword="null"/> when no stage has that id.</returns>
    public Stage? FindStage(string id) => id is null ? null : Index.Stage(id);

    /// <summary>Finds a step by id, whatever its stage.</summary>
    /// <param name="id">The step's id.</param>
    /// <returns>The step, or <see langword="null"/> when no step has that id.</returns>
    public Step? FindStep(string id) => id is null ? null : Index.Step(id);

    /// <summary>Finds the stage that holds a step.</summary>
    /// <param name="stepId">The step's id.</param>
    /// <returns>The stage, or <see langword="null"/> when no step has that id.</returns>
    public Stage? FindStageOf(string stepId) => stepId is null ? null : Index.StageOf(stepId);

    /// <summary>Finds a persona by id.</summary>
    /// <param name="id">The persona's id.</param>
    /// <returns>The persona, or <see langword="null"/> when none has that id.</returns>
    public Persona? FindPersona(string id) => id is null ? null : Index.Persona(id);

    /// <summary>Finds a touchpoint by id.</summary>
    /// <param name="id">The touchpoint's id.</param>
    /// <returns>The touchpoint, or <see langword="null"/> when none has that id.</returns>
    public Touchpoint? FindTouchpoint(string id) => id is null ? null : Index.Touchpoint(id);

    /// <summary>Finds a channel by id.</summary>
    /// <param name="id">The channel's id.</param>
    /// <returns>The channel, or <see langword="null"/> when none has that id.</returns>
    public Channel? FindChannel(string id) => id is null ? null : Index.Channel(id);

    /// <summary>Finds an owner by id.</summary>
    /// <param name="id">The owner's id.</param>
    /// <returns>The owner, or <see langword="null"/> when none has that id.</returns>
    public Owner? FindOwner(string id) => id is null ? null : Index.Owner(id);

    /// <summary>Finds a pain point by id, whatever its step.</summary>
    /// <param name="id">The pain point's id.</param>
    /// <returns>The pain point, or <see langword="null"/> when none has that id.</returns>
    public PainPoint? FindPainPoint(string id) => id is null ? null : Index.PainPoint(id);

    /// <summary>Finds a piece of evidence by id, whatever its step, such as one a pain point cites.</summary>
    /// <param name="id">The evidence's id.</param>
    /// <returns>The evidence, or <see langword="null"/> when none has that id.</returns>
    public Evidence? FindEvidence(string id) => id is null ? null : Index.Evidence(id);

    /// <summary>Returns a builder that starts from this map, to make larger changes; ids are kept.</summary>
    /// <returns>A new builder; building it unchanged gives a map equal to this one.</returns>
    public JourneyMapBuilder ToBuilder() => JourneyMapBuilder.From(this);

    /// <summary>
    /// The map's elements by id, made on the first lookup. Kept beside the map rather than in a field, so that equality,
    /// hashing and <c>with</c> copies are not affected; a changed copy gets its own index.
    /// </summary>
    private static readonly ConditionalWeakTable<JourneyMap, MapIndex> Indexes = new();

    private MapIndex Index => Indexes.GetValue(this, static map => new MapIndex(map));

    /// <summary>Returns a copy with another title; the id stays.</summary>
    /// <param name="title">The new title.</param>
    /// <returns>The changed copy.</returns>
    public JourneyMap WithTitle(string title) => this with { Title = Guard.Name(title, nameof(title)) };

    /// <summary>Returns a copy with another description.</summary>
    /// <param name="description">The new description, or <see langword="null"/> to remove it.</param>
    /// <returns>The changed copy.</returns>
    public JourneyMap WithDescription(string? description) => this with { Description = Guard.OptionalText(description, nameof(description)) };

    /// <summary>Returns a copy with another journey kind.</summary>
    /// <param name="kind">The new kind.</param>
    /// <returns>The changed copy.</returns>
    public JourneyMap WithKind(JourneyKind kind) => this with { Kind = Guard.Defined(kind, nameof(kind)) };

    /// <summary>Returns a copy with another audience.</summary>
    /// <param name="audience">The new audience.</param>
    /// <returns>The changed copy.</returns>
    public JourneyMap WithAudience(Audience audience) => this with { Audience = Guard.Defined(audience, nameof(audience)) };

    /// <summary>Returns a copy recording the language the map is written in.</summary>
    /// <param name="tag">A BCP 47 tag such as <c>de</c> or <c>nb-NO</c>, or <see langword="null"/> to remove it.</param>
    /// <returns>The changed copy.</returns>
    /// <exception cref="ArgumentException"><paramref name="tag"/> is not a well-formed language tag.</exception>
    public JourneyMap WithLanguage(string? tag) => this with { Language = tag is null ? null : LanguageTags.Guard(tag, nameof(tag)) };

    /// <summary>Returns a copy with another revision record.</summary>
    /// <param name="revision">The new revision, or <see langword="null"/> to remove it.</param>
    /// <returns>The changed copy.</returns>
    public JourneyMap WithRevision(Revision? revision) => this with { Revision = revision };

    /// <summary>Returns a copy with another review cadence.</summary>
    /// <param name="cadence">How often to review, or <see langword="null"/> to remove it.</param>
    /// <returns>The changed copy.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="cadence"/> is not positive.</exception>
    public JourneyMap WithReviewCadence(TimeSpan? cadence)
    {
        if (cadence <= TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(cadence), cadence, "A review cadence must be positive.");
        }

        return this with { ReviewCadence = cadence };
    }

    /// <summary>Returns a copy recording when the map was last reviewed.</summary>
    /// <param name="date">The review date, or <see langword="null"/> to remove it.</param>
    /// <returns>The changed copy.</returns>
    public JourneyMap WithLastReviewedOn(DateOnly? date) => this with { LastReviewedOn = date };

    /// <summary>Returns a copy with a property set.</summary>
    /// <param name="key">The property's key.</param>
    /// <param name="value">The property's value.</param>
    /// <returns>The changed copy.</returns>
    public JourneyMap WithProperty(string key, string value) => this with { Properties = Properties.SetItem(Guard.Text(key, nameof(key)), Guard.AnyText(value, nameof(value))) };

    /// <summary>Returns a copy without a property.</summary>
    /// <param name="key">The property's key.</param>
    /// <returns>The changed copy.</returns>
    public JourneyMap WithoutProperty(string key) => this with { Properties = Properties.Remove(Guard.Text(key, nameof(key))) };

    /// <inheritdoc />
    public override string ToString()
    {
        var steps = Stages.Sum(s => s.Steps.Count);
        return $"Journey map '{Title}' ({Stages.Count} stage{(Stages.Count == 1 ? "" : "s")}, {steps} step{(steps == 1 ? "" : "s")})";
    }
}
