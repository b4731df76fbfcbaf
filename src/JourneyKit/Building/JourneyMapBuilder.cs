using JourneyKit.Internal;

namespace JourneyKit.Building;

/// <summary>
/// Describes a journey map step by step; <see cref="Build"/> turns the description into an immutable
/// <see cref="JourneyMap"/>. Start with <see cref="JourneyMap.Create(string)"/>.
/// </summary>
/// <remarks>
/// Catalog entries (channels, owners, touchpoints) are registered on first use by name or referred to by id, in
/// any order. Stages and steps are added in timeline order. Not thread-safe: use one builder from one thread;
/// <see cref="Build"/> can be called any number of times and gives equal maps for an unchanged builder.
/// </remarks>
public sealed partial class JourneyMapBuilder
{
    private readonly List<PersonaBuilder> _personas = [];
    private readonly Catalog<ChannelBuilder> _channels = new();
    private readonly Catalog<OwnerBuilder> _owners = new();
    private readonly Catalog<TouchpointBuilder> _touchpoints = new();
    private readonly List<StageBuilder> _stages = [];
    private bool _prune;
    private readonly List<TransitionSpec> _transitions = [];
    private readonly SortedDictionary<string, string> _properties = new(StringComparer.Ordinal);
    private string? _id;
    private string? _description;
    private JourneyKind _kind;
    private Audience _audience;
    private string? _language;
    private Revision? _revision;
    private TimeSpan? _reviewCadence;
    private DateOnly? _lastReviewedOn;

    internal JourneyMapBuilder(string title) => TitleText = Guard.Text(title, nameof(title));

    internal string TitleText { get; private set; }

    internal EmotionScale Scale { get; private set; } = JourneyKit.EmotionScale.Default;

    internal IReadOnlyList<StageBuilder> StageBuilders => _stages;

    /// <summary>Sets an explicit id for the map instead of the one derived from the title.</summary>
    /// <param name="id">The id; see <see cref="ElementIds"/> for the rules.</param>
    /// <returns>This builder.</returns>
    public JourneyMapBuilder Id(string id)
    {
        _id = BuilderGuard.Id(id, nameof(id));
        return this;
    }

    /// <summary>Sets the title; an explicit id, if any, stays.</summary>
    /// <param name="title">The title.</param>
    /// <returns>This builder.</returns>
    public JourneyMapBuilder Title(string title)
    {
        TitleText = Guard.Text(title, nameof(title));
        return this;
    }

    /// <summary>Sets the description.</summary>
    /// <param name="description">The description.</param>
    /// <returns>This builder.</returns>
    public JourneyMapBuilder Description(string description)
    {
        _description = Guard.Text(description, nameof(description));
        return this;
    }

    /// <summary>Sets the kind of journey (default <see cref="JourneyKind.Custom"/>).</summary>
    /// <param name="kind">The kind.</param>
    /// <returns>This builder.</returns>
    public JourneyMapBuilder Kind(JourneyKind kind)
    {
        _kind = Guard.Defined(kind, nameof(kind));
        return this;
    }

    /// <summary>Sets whether the customers are consumers or businesses (default <see cref="JourneyKit.Audience.B2C"/>).</summary>
    /// <param name="audience">The audience.</param>
    /// <returns>This builder.</returns>
    public JourneyMapBuilder Audience(Audience audience)
    {
        _audience = Guard.Defined(audience, nameof(audience));
        return this;
    }

    /// <summary>
    /// Records the language the map is written in, so pictures, exports, reports and changelogs write around its labels
    /// in it when their options choose none.
    /// </summary>
    /// <param name="tag">A BCP 47 tag such as <c>de</c>, <c>zh-Hans</c>, <c>bg</c> or <c>nb</c>.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentException"><paramref name="tag"/> is not a well-formed language tag.</exception>
    public JourneyMapBuilder Language(string tag)
    {
        _language = LanguageTags.Guard(tag, nameof(tag));
        return this;
    }

    /// <summary>Sets the range of emotion scores (default -2..+2).</summary>
    /// <param name="min">The most negative score.</param>
    /// <param name="max">The most positive score.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The range is empty or wider than ±<see cref="JourneyKit.EmotionScale.Limit"/>.</exception>
    public JourneyMapBuilder EmotionScale(int min, int max)
    {
        Scale = new EmotionScale(min, max);
        return this;
    }

    /// <summary>Records which revision this is.</summary>
    /// <param name="number">The revision number, from 1.</param>
    /// <param name="date">When it was made.</param>
    /// <param name="author">Who made it.</param>
    /// <param name="note">What changed.</param>
    /// <returns>This builder.</returns>
    public JourneyMapBuilder Revision(int number, DateOnly? date = null, string? author = null, string? note = null)
    {
        _revision = new Revision(number, date, author, note);
        return this;
    }

    /// <summary>Sets how often the map should be reviewed.</summary>
    /// <param name="cadence">How often to review; positive.</param>
    /// <returns>This builder.</returns>
    public JourneyMapBuilder ReviewCadence(TimeSpan cadence)
    {
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(cadence, TimeSpan.Zero);
        _reviewCadence = cadence;
        return this;
    }

    /// <summary>Sets when the map was last reviewed.</summary>
    /// <param name="date">The review date.</param>
    /// <returns>This builder.</returns>
    public JourneyMapBuilder LastReviewedOn(DateOnly date)
    {
        _lastReviewedOn = date;
        return this;
    }

    /// <summary>Sets a free-form property for embedding applications, replacing any earlier value.</summary>
    /// <param name="key">The key.</param>
    /// <param name="value">The value.</param>
    /// <returns>This builder.</returns>
    public JourneyMapBuilder Property(string key, string value)
    {
        _properties[Guard.Text(key, nameof(key))] = Guard.AnyText(value, nameof(value));
        return this;
    }

    /// <summary>Removes a free-form property; nothing happens when the builder has none under <paramref name="key"/>.</summary>
    /// <param name="key">The key.</param>
    /// <returns>This builder.</returns>
    public JourneyMapBuilder RemoveProperty(string key)
    {
        _properties.Remove(Guard.Text(key, nameof(key)));
        return this;
    }

    /// <summary>Adds a persona.</summary>
    /// <param name="name">The persona's name, such as "First-year student".</param>
    /// <param name="configure">Describes the persona.</param>
    /// <returns>This builder.</returns>
    public JourneyMapBuilder Persona(string name, Action<PersonaBuilder>? configure = null)
    {
        var builder = new PersonaBuilder(Guard.Text(name, nameof(name)));
        configure?.Invoke(builder);
        _personas.Add(builder);
        return this;
    }

    /// <summary>Declares a channel, or describes further one already declared with this id or name.</summary>
    /// <param name="name">The channel's name, such as "Web", or the id of one already declared.</param>
    /// <param name="configure">Describes the channel.</param>
    /// <returns>This builder.</returns>
    public JourneyMapBuilder Channel(string name, Action<ChannelBuilder>? configure = null)
    {
        _channels.Declare(Guard.Text(name, nameof(name)), n => new ChannelBuilder(n), configure);
        return this;
    }

    /// <summary>Declares an owner, or describes further one already declared with this id or name.</summary>
    /// <param name="name">The owner's name, such as "Web team", or the id of one already declared.</param>
    /// <param name="configure">Describes the owner.</param>
    /// <returns>This builder.</returns>
    public JourneyMapBuilder Owner(string name, Action<OwnerBuilder>? configure = null)
    {
        _owners.Declare(Guard.Text(name, nameof(name)), n => new OwnerBuilder(n), configure);
        return this;
    }

    /// <summary>Declares a touchpoint, or describes further one already declared with this id or name.</summary>
    /// <param name="name">The touchpoint's name, such as "Website", or the id of one already declared.</param>
    /// <param name="configure">Describes the touchpoint.</param>
    /// <returns>This builder.</returns>
    public JourneyMapBuilder Touchpoint(string name, Action<TouchpointBuilder>? configure = null)
    {
        _touchpoints.Declare(Guard.Text(name, nameof(name)), n => new TouchpointBuilder(n), configure);
        return this;
    }

    /// <summary>Adds a stage after the other stages.</summary>
    /// <param name="name">The stage's name, for the customer's goal in it, such as "Choose food".</param>
    /// <param name="configure">Describes the stage and its steps.</param>
    /// <returns>This builder.</returns>
    public JourneyMapBuilder Stage(string name, Action<StageBuilder>? configure = null)
    {
        var builder = new StageBuilder(Guard.Text(name, nameof(name)));
        configure?.Invoke(builder);
        _stages.Add(builder);
        return this;
    }

    /// <summary>Changes a stage already added, found by explicit id, name, or the id its name derives.</summary>
    /// <param name="stage">The stage's id or name.</param>
    /// <param name="configure">The changes.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentException">The map has no such stage.</exception>
    public JourneyMapBuilder EditStage(string stage, Action<StageBuilder> configure)
    {
        ArgumentNullException.ThrowIfNull(configure);
        configure(_stages[IndexOfStage(stage, nameof(stage))]);
        return this;
    }

    /// <summary>Removes a stage and its steps, found by explicit id, name, or the id its name derives.</summary>
    /// <param name="stage">The stage's id or name.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentException">The map has no such stage.</exception>
    public JourneyMapBuilder RemoveStage(string stage)
    {
        _stages.RemoveAt(IndexOfStage(stage, nameof(stage)));
        return this;
    }

    /// <summary>Adds a branch: some customers go from one step to another that is not the next one.</summary>
    /// <param name="fromStep">The id or name of the step they leave.</param>
    /// <param name="toStep">The id or name of the step they go to.</param>
    /// <param name="label">Why they take this path.</param>
    /// <param name="share">The share of customers who take it, between 0 and 1.</param>
    /// <param name="id">An explicit id instead of the derived one.</param>
    /// <returns>This builder.</returns>
    public JourneyMapBuilder Branch(string fromStep, string toStep, string? label = null, decimal? share = null, string? id = null) =>
        AddTransition(TransitionKind.Branch, fromStep, Guard.Text(toStep, nameof(toStep)), label, share, id);

    /// <summary>Adds a loop: customers go back from one step to an earlier one, as from comparing back to searching.</summary>
    /// <param name="fromStep">The id or name of the step they leave.</param>
    /// <param name="toStep">The id or name of the earlier step they return to.</param>
    /// <param name="label">Why they go back.</param>
    /// <param name="share">The share of customers who go back, between 0 and 1.</param>
    /// <param name="id">An explicit id instead of the derived one.</param>
    /// <returns>This builder.</returns>
    public JourneyMapBuilder Loop(string fromStep, string toStep, string? label = null, decimal? share = null, string? id = null) =>
        AddTransition(TransitionKind.Loop, fromStep, Guard.Text(toStep, nameof(toStep)), label, share, id);

    /// <summary>Adds an exit: some customers abandon the journey at a step.</summary>
    /// <param name="fromStep">The id or name of the step where they leave.</param>
    /// <param name="label">Why they leave.</param>
    /// <param name="share">The share of customers who leave, between 0 and 1.</param>
    /// <param name="id">An explicit id instead of the derived one.</param>
    /// <returns>This builder.</returns>
    public JourneyMapBuilder Exit(string fromStep, string? label = null, decimal? share = null, string? id = null) =>
        AddTransition(TransitionKind.Exit, fromStep, null, label, share, id);

    /// <summary>Adds a branch, described further by <paramref name="configure"/>: its label, share, id and properties.</summary>
    /// <param name="fromStep">The id or name of the step customers leave.</param>
    /// <param name="toStep">The id or name of the step they go to.</param>
    /// <param name="configure">Describes the branch.</param>
    /// <returns>This builder.</returns>
    public JourneyMapBuilder Branch(string fromStep, string toStep, Action<TransitionBuilder> configure) =>
        AddTransition(TransitionKind.Branch, fromStep, Guard.Text(toStep, nameof(toStep)), configure);

    /// <summary>Adds a loop, described further by <paramref name="configure"/>: its label, share, id and properties.</summary>
    /// <param name="fromStep">The id or name of the step customers leave.</param>
    /// <param name="toStep">The id or name of the earlier step they return to.</param>
    /// <param name="configure">Describes the loop.</param>
    /// <returns>This builder.</returns>
    public JourneyMapBuilder Loop(string fromStep, string toStep, Action<TransitionBuilder> configure) =>
        AddTransition(TransitionKind.Loop, fromStep, Guard.Text(toStep, nameof(toStep)), configure);

    /// <summary>Adds an exit, described further by <paramref name="configure"/>: its label, share, id and properties.</summary>
    /// <param name="fromStep">The id or name of the step where customers leave.</param>
    /// <param name="configure">Describes the exit.</param>
    /// <returns>This builder.</returns>
    public JourneyMapBuilder Exit(string fromStep, Action<TransitionBuilder> configure) =>
        AddTransition(TransitionKind.Exit, fromStep, null, configure);

    private JourneyMapBuilder AddTransition(TransitionKind kind, string fromStep, string? toStep, Action<TransitionBuilder> configure)
    {
        ArgumentNullException.ThrowIfNull(configure);
        var builder = new TransitionBuilder();
        configure(builder);
        var finalKind = builder.KindValue ?? kind;
        AddTransition(finalKind, builder.FromStep ?? fromStep, finalKind == TransitionKind.Exit ? null : builder.ToStep ?? toStep, builder.LabelText, builder.ShareValue, builder.IdText);
        _transitions[^1].Properties = builder.Properties;
        return this;
    }

    private JourneyMapBuilder AddTransition(TransitionKind kind, string fromStep, string? toStep, string? label, decimal? share, string? id)
    {
        Guard.Text(fromStep, nameof(fromStep));
        if (share is < 0m or > 1m)
        {
            throw new ArgumentOutOfRangeException(nameof(share), share, "A share is a fraction between 0 and 1.");
        }

        var spec = new TransitionSpec(kind, fromStep, toStep, Guard.OptionalText(label, nameof(label)), share);
        spec.Slot.Explicit = id is null ? null : BuilderGuard.Id(id, nameof(id));
        _transitions.Add(spec);
        return this;
    }

    private int IndexOfStage(string stage, string paramName)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(stage, paramName);
        var index = StageBuilder.Find(_stages, stage, s => s.Slot.Explicit, s => s.NameText);
        return index >= 0
            ? index
            : throw new ArgumentException($"The map has no stage with the id or name '{stage}'. Its stages: {string.Join(", ", _stages.Select(s => $"'{s.NameText}'"))}.", paramName);
    }

    /// <summary>Builds the map, checking its structure.</summary>
    /// <returns>The immutable map.</returns>
    /// <exception cref="JourneyMapBuildException">
    /// The map is not structurally sound: duplicate ids, references to nothing, emotion scores off the scale or
    /// names with no visible character. The exception lists every problem with its path.
    /// </exception>
    public JourneyMap Build()
    {
        var context = new BuildContext(this);
        ReserveIds(context);
        AssignIds(context);

        context.CheckName(TitleText, JourneyPath.Root, "map's title");
        if (_reviewCadence <= TimeSpan.Zero)
        {
            context.Problem(JourneyPath.Root.Property("reviewCadence"), "A review cadence must be longer than zero.");
        }

        var personas = BuildPersonas(context);

        var declared = context.TouchpointCatalog.Entries.Count;
        var channelIds = new string?[declared];
        for (var i = 0; i < declared; i++)
        {
            var reference = context.TouchpointCatalog.Entries[i].ChannelReference;
            channelIds[i] = reference is null ? null : context.ResolveChannel(reference);
        }

        var stages = new Stage[_stages.Count];
        for (var i = 0; i < stages.Length; i++)
        {
            stages[i] = _stages[i].ToModel(context);
        }

        var transitions = BuildTransitions(context);
        var touchpoints = Catalog(context, context.TouchpointCatalog, "touchpoints", context.Touchpoints, (t, i) => t.ToModel(i < channelIds.Length ? channelIds[i] : null));
        var channels = Catalog(context, context.ChannelCatalog, "channels", context.Channels, (c, _) => c.ToModel());
        var owners = Catalog(context, context.OwnerCatalog, "owners", context.Owners, (o, _) => o.ToModel());

        if (context.HasProblems)
        {
            throw context.Failure();
        }

        var stageList = new ValueList<Stage>(stages);
        if (_prune)
        {
            (touchpoints, channels, owners) = CatalogPruning.Prune(stageList, touchpoints, channels, owners);
        }

        return new JourneyMap(
            _id ?? Fallback(ElementIds.FromName(TitleText), "journey"),
            TitleText,
            _description,
            _kind,
            _audience,
            _language,
            personas,
            stageList,
            touchpoints,
            channels,
            owners,
            transitions,
            Scale,
            _revision,
            _reviewCadence,
            _lastReviewedOn,
            _properties.Count == 0 ? default : ValueMap.From(_properties));
    }

    private static string Fallback(string id, string fallback) => id.Length == 0 ? fallback : id;

    private void ReserveIds(BuildContext context)
    {
        foreach (var persona in _personas)
        {
            persona.Slot.Reserve(context.Personas, "persona", persona.NameText);
        }

        foreach (var channel in _channels.Entries)
        {
            channel.Slot.Reserve(context.Channels, "channel", channel.NameText);
        }

        foreach (var owner in _owners.Entries)
        {
            owner.Slot.Reserve(context.Owners, "owner", owner.NameText);
        }

        foreach (var touchpoint in _touchpoints.Entries)
        {
            touchpoint.Slot.Reserve(context.Touchpoints, "touchpoint", touchpoint.NameText);
        }

        foreach (var stage in _stages)
        {
            stage.ReserveIds(context);
        }

        foreach (var transition in _transitions)
        {
            transition.Slot.Reserve(context.Transitions, "transition", transition.Name);
        }
    }

    private void AssignIds(BuildContext context)
    {
        foreach (var persona in _personas)
        {
            persona.Slot.Assign(context.Personas, persona.NameText);
            context.AddPersona(persona);
        }

        context.ChannelCatalog = new ResolvedCatalog<ChannelBuilder>(_channels.Entries, context.Channels, n => new ChannelBuilder(n));
        context.OwnerCatalog = new ResolvedCatalog<OwnerBuilder>(_owners.Entries, context.Owners, n => new OwnerBuilder(n));
        context.TouchpointCatalog = new ResolvedCatalog<TouchpointBuilder>(_touchpoints.Entries, context.Touchpoints, n => new TouchpointBuilder(n));
        foreach (var stage in _stages)
        {
            stage.AssignIds(context);
        }
    }

    private ValueList<Persona> BuildPersonas(BuildContext context)
    {
        var personas = new Persona[_personas.Count];
        for (var i = 0; i < personas.Length; i++)
        {
            var persona = _personas[i];
            context.CheckElement(in persona.Slot, context.Personas, persona.NameText, "persona's name", Location.Root, "personas");
            personas[i] = persona.ToModel();
        }

        return new ValueList<Persona>(personas);
    }

    private ValueList<Transition> BuildTransitions(BuildContext context)
    {
        var transitions = new Transition[_transitions.Count];
        for (var i = 0; i < transitions.Length; i++)
        {
            var spec = _transitions[i];
            var from = context.TryFindStep(spec.From);
            var to = spec.To is null ? null : context.TryFindStep(spec.To);
            var derivedName = spec.To is null ? $"{from ?? spec.From}-exit" : $"{from ?? spec.From}-to-{to ?? spec.To}";
            var id = spec.Slot.Assign(context.Transitions, derivedName);
            var path = JourneyPath.Root.Element("transitions", id);
            spec.Slot.Report(context, path, context.Transitions);
            if (spec.Share is < 0m or > 1m)
            {
                context.Problem(path.Property("share"), "A share is a fraction between 0 and 1.");
            }

            if ((spec.Kind == TransitionKind.Exit) != (spec.To is null))
            {
                context.Problem(path.Property("to"), spec.Kind == TransitionKind.Exit
                    ? "An exit leads out of the journey and has no 'to'; make the transition a branch, or leave 'to' out."
                    : "A branch or loop needs 'to', the step customers go to.");
            }

            from ??= context.FindStep(spec.From, path, "starts at");
            if (spec.To is not null)
            {
                to ??= context.FindStep(spec.To, path, "leads to");
            }

            transitions[i] = new Transition(id, spec.Kind, from ?? spec.From, spec.To is null ? null : to ?? spec.To, spec.Label, spec.Share, spec.Properties);
        }

        return new ValueList<Transition>(transitions);
    }

    private static ValueList<TModel> Catalog<TBuilder, TModel>(BuildContext context, ResolvedCatalog<TBuilder> catalog, string collection, IdAllocator ids, Func<TBuilder, int, TModel> convert)
        where TBuilder : class, ICatalogEntry
    {
        var items = new TModel[catalog.Entries.Count];
        for (var i = 0; i < items.Length; i++)
        {
            var entry = catalog.Entries[i];
            context.CheckElement(in entry.Slot, ids, entry.NameText, $"{ids.Label}'s name", Location.Root, collection);
            items[i] = convert(entry, i);
        }

        return new ValueList<TModel>(items);
    }

    internal static JourneyMapBuilder From(JourneyMap map)
    {
        var builder = new JourneyMapBuilder(map.Title)
        {
            _id = map.Id,
            _description = map.Description,
            _kind = map.Kind,
            _audience = map.Audience,
            _language = map.Language,
            Scale = map.EmotionScale,
            _revision = map.Revision,
            _reviewCadence = map.ReviewCadence,
            _lastReviewedOn = map.LastReviewedOn,
        };
        builder._personas.AddRange(map.Personas.Select(PersonaBuilder.From));
        foreach (var channel in map.Channels)
        {
            builder._channels.Add(ChannelBuilder.From(channel));
        }

        foreach (var owner in map.Owners)
        {
            builder._owners.Add(OwnerBuilder.From(owner));
        }

        foreach (var touchpoint in map.Touchpoints)
        {
            builder._touchpoints.Add(TouchpointBuilder.From(touchpoint));
        }

        builder._stages.AddRange(map.Stages.Select(StageBuilder.From));
        foreach (var transition in map.Transitions)
        {
            var spec = new TransitionSpec(transition.Kind, transition.FromStepId, transition.ToStepId, transition.Label, transition.Share) { Properties = transition.Properties };
            spec.Slot.Explicit = transition.Id;
            builder._transitions.Add(spec);
        }

        foreach (var (key, value) in map.Properties)
        {
            builder._properties[key] = value;
        }

        return builder;
    }
}
