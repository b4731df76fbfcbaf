using JourneyKit.Internal;

namespace JourneyKit.Building;

/// <summary>Describes a step of a stage. Not thread-safe: use one builder from one thread.</summary>
public sealed partial class StepBuilder
{
    private IdSlot _slot;
    private PropertyBag _properties;
    private string? _description;
    private ItemList<string> _actions;
    private ItemList<string> _thoughts;
    private ItemList<Emotion> _emotions;
    private ItemList<EmotionClear> _emotionClears;
    private int _inheritedEmotions;
    private ItemList<string> _touchpoints;
    private ItemList<PainPointSpec> _painPoints;
    private ItemList<OpportunityBuilder> _opportunities;
    private ItemList<MetricBuilder> _metrics;
    private ItemList<BackStageSpec> _backStage;
    private ItemList<EvidenceBuilder> _evidence;
    private string? _owner;
    private TimeSpan? _duration;
    private bool _milestone;

    internal StepBuilder(string name) => NameText = name;

    internal string NameText { get; private set; }

    internal ref IdSlot Slot => ref _slot;

    /// <summary>Sets an explicit id instead of the one derived from the name; keep it when the step is renamed or moved.</summary>
    /// <param name="id">The id; see <see cref="ElementIds"/> for the rules.</param>
    /// <returns>This builder.</returns>
    public StepBuilder Id(string id)
    {
        _slot.Explicit = BuilderGuard.Id(id, nameof(id));
        return this;
    }

    /// <summary>Sets the step\'s name; an explicit id, if any, stays, so renaming keeps the id.</summary>
    /// <param name="name">The name.</param>
    /// <returns>This builder.</returns>
    public StepBuilder Name(string name)
    {
        NameText = Guard.Text(name, nameof(name));
        return this;
    }

    /// <summary>Sets the description.</summary>
    /// <param name="description">The description.</param>
    /// <returns>This builder.</returns>
    public StepBuilder Description(string description)
    {
        _description = Guard.Text(description, nameof(description));
        return this;
    }

    /// <summary>Adds what the customer does.</summary>
    /// <param name="actions">The actions, in order.</param>
    /// <returns>This builder.</returns>
    public StepBuilder Action(params ReadOnlySpan<string> actions)
    {
        BuilderGuard.AddAll(ref _actions, actions, nameof(actions));
        return this;
    }

    /// <summary>Adds what the customer thinks, in their words.</summary>
    /// <param name="thoughts">The thoughts, in order.</param>
    /// <returns>This builder.</returns>
    public StepBuilder Thought(params ReadOnlySpan<string> thoughts)
    {
        BuilderGuard.AddAll(ref _thoughts, thoughts, nameof(thoughts));
        return this;
    }

    /// <summary>
    /// Records how the customer feels, as a score on the map's emotion scale. When editing a map, this replaces the
    /// feeling the step had for the same persona (or for everyone); giving one persona two feelings is an error.
    /// </summary>
    /// <param name="score">The score; <see cref="JourneyMapBuilder.Build"/> checks it against the scale.</param>
    /// <param name="label">The feeling in words, such as "frustrated".</param>
    /// <param name="persona">The id or name of the persona who feels this, or <see langword="null"/> for every persona.</param>
    /// <returns>This builder.</returns>
    public StepBuilder Emotion(int score, string? label = null, string? persona = null)
    {
        _emotions.Add(new Emotion(score, Guard.OptionalText(label, nameof(label)), Guard.OptionalText(persona, nameof(persona))));
        return this;
    }

    /// <summary>Removes the feeling recorded so far for one persona, or for everyone; nothing happens when there is none.</summary>
    /// <param name="persona">The id or name of the persona, or <see langword="null"/> for the feeling of every persona.</param>
    /// <returns>This builder.</returns>
    public StepBuilder ClearEmotion(string? persona = null)
    {
        _emotionClears.Add(new EmotionClear(_emotions.Count, Guard.OptionalText(persona, nameof(persona))));
        return this;
    }

    /// <summary>Removes every feeling recorded so far, for everyone and for each persona.</summary>
    /// <returns>This builder.</returns>
    public StepBuilder ClearEmotions()
    {
        _emotions.Clear();
        _emotionClears.Clear();
        _inheritedEmotions = 0;
        return this;
    }

    /// <summary>Adds touchpoints the customer uses, by the id or name of catalog touchpoints; unknown names register new touchpoints.</summary>
    /// <param name="touchpoints">The touchpoints' ids or names.</param>
    /// <returns>This builder.</returns>
    public StepBuilder Via(params ReadOnlySpan<string> touchpoints)
    {
        BuilderGuard.AddAll(ref _touchpoints, touchpoints, nameof(touchpoints));
        return this;
    }

    /// <summary>Adds a pain point.</summary>
    /// <param name="description">What hurts, in the customer's terms.</param>
    /// <param name="severity">How badly it hurts.</param>
    /// <param name="id">An explicit id instead of the one derived from the description.</param>
    /// <returns>This builder.</returns>
    public StepBuilder PainPoint(string description, PainSeverity severity = JourneyKit.PainPoint.DefaultSeverity, string? id = null)
    {
        var spec = new PainPointSpec(Guard.Text(description, nameof(description)), Guard.Defined(severity, nameof(severity)));
        spec.Slot.Explicit = id is null ? null : BuilderGuard.Id(id, nameof(id));
        _painPoints.Add(spec);
        return this;
    }

    /// <summary>Adds a pain point, described further by <paramref name="configure"/>: its severity, id and properties.</summary>
    /// <param name="description">What hurts, in the customer's terms.</param>
    /// <param name="configure">Describes the pain point.</param>
    /// <returns>This builder.</returns>
    public StepBuilder PainPoint(string description, Action<PainPointBuilder> configure)
    {
        ArgumentNullException.ThrowIfNull(configure);
        var builder = new PainPointBuilder(Guard.Text(description, nameof(description)));
        configure(builder);
        _painPoints.Add(builder.ToSpec());
        return this;
    }

    /// <summary>Adds an opportunity.</summary>
    /// <param name="title">The short title, such as "Add mobile pre-order".</param>
    /// <param name="configure">Describes the opportunity further.</param>
    /// <returns>This builder.</returns>
    public StepBuilder Opportunity(string title, Action<OpportunityBuilder>? configure = null)
    {
        var builder = new OpportunityBuilder(Guard.Text(title, nameof(title)));
        configure?.Invoke(builder);
        _opportunities.Add(builder);
        return this;
    }

    /// <summary>Adds a metric.</summary>
    /// <param name="name">The metric's name, such as "Payment success rate".</param>
    /// <param name="configure">Describes the metric further.</param>
    /// <returns>This builder.</returns>
    public StepBuilder Metric(string name, Action<MetricBuilder>? configure = null)
    {
        var builder = new MetricBuilder(Guard.Text(name, nameof(name)));
        configure?.Invoke(builder);
        _metrics.Add(builder);
        return this;
    }

    /// <summary>Sets the owner, by the id or name of a catalog owner; an unknown name registers a new owner.</summary>
    /// <param name="owner">The owner's id or name.</param>
    /// <returns>This builder.</returns>
    public StepBuilder OwnedBy(string owner)
    {
        _owner = Guard.Text(owner, nameof(owner));
        return this;
    }

    /// <summary>Sets how long the step takes the customer.</summary>
    /// <param name="duration">The duration; not negative.</param>
    /// <returns>This builder.</returns>
    public StepBuilder Duration(TimeSpan duration)
    {
        _duration = Guard.Duration(duration, nameof(duration));
        return this;
    }

    /// <summary>Marks the step as a key moment, such as sign-up or activation.</summary>
    /// <param name="isMilestone">Whether the step is a milestone.</param>
    /// <returns>This builder.</returns>
    public StepBuilder Milestone(bool isMilestone = true)
    {
        _milestone = isMilestone;
        return this;
    }

    /// <summary>Adds a system, process or group of people behind the line of visibility.</summary>
    /// <param name="name">The name, such as "Payment provider".</param>
    /// <param name="kind">What it is.</param>
    /// <param name="description">The description.</param>
    /// <param name="id">An explicit id instead of the one derived from the name.</param>
    /// <returns>This builder.</returns>
    public StepBuilder BackStage(string name, BackStageKind kind = BackStageItem.DefaultKind, string? description = null, string? id = null)
    {
        var spec = new BackStageSpec(Guard.Text(name, nameof(name)), Guard.Defined(kind, nameof(kind)), Guard.OptionalText(description, nameof(description)));
        spec.Slot.Explicit = id is null ? null : BuilderGuard.Id(id, nameof(id));
        _backStage.Add(spec);
        return this;
    }

    /// <summary>Adds a back-stage item, described further by <paramref name="configure"/>: its kind, description, id and properties.</summary>
    /// <param name="name">The name, such as "Payment provider".</param>
    /// <param name="configure">Describes the item.</param>
    /// <returns>This builder.</returns>
    public StepBuilder BackStage(string name, Action<BackStageItemBuilder> configure)
    {
        ArgumentNullException.ThrowIfNull(configure);
        var builder = new BackStageItemBuilder(Guard.Text(name, nameof(name)));
        configure(builder);
        _backStage.Add(builder.ToSpec());
        return this;
    }

    /// <summary>Adds a research finding behind the step: a quote (unless <paramref name="configure"/> says otherwise), an observation or a figure.</summary>
    /// <param name="text">The quote, observation or figure, as recorded.</param>
    /// <param name="configure">Describes the evidence further: its kind, source, date, link, id and properties.</param>
    /// <returns>This builder.</returns>
    public StepBuilder Evidence(string text, Action<EvidenceBuilder>? configure = null)
    {
        var builder = new EvidenceBuilder(Guard.Text(text, nameof(text)));
        configure?.Invoke(builder);
        _evidence.Add(builder);
        return this;
    }

    internal ReadOnlySpan<PainPointSpec> PainPointSpecs => _painPoints.AsSpan();

    internal ReadOnlySpan<EvidenceBuilder> EvidenceBuilders => _evidence.AsSpan();

    internal void ReserveIds(BuildContext context)
    {
        _slot.Reserve(context.Steps, "step", NameText);
        foreach (ref var painPoint in _painPoints.Mutable)
        {
            painPoint.Slot.Reserve(context.PainPoints, "pain point", painPoint.Description);
        }

        foreach (var opportunity in _opportunities.AsSpan())
        {
            opportunity.Slot.Reserve(context.Opportunities, "opportunity", opportunity.TitleText);
        }

        foreach (var metric in _metrics.AsSpan())
        {
            metric.Slot.Reserve(context.Metrics, "metric", metric.NameText);
        }

        foreach (ref var item in _backStage.Mutable)
        {
            item.Slot.Reserve(context.BackStage, "back-stage item", item.Name);
        }

        foreach (var evidence in _evidence.AsSpan())
        {
            evidence.Slot.Reserve(context.Evidence, "evidence", evidence.Wording);
        }
    }

    internal void AssignIds(BuildContext context)
    {
        _slot.Assign(context.Steps, NameText);
        foreach (ref var painPoint in _painPoints.Mutable)
        {
            painPoint.Slot.Assign(context.PainPoints, painPoint.Description);
        }

        foreach (var opportunity in _opportunities.AsSpan())
        {
            opportunity.Slot.Assign(context.Opportunities, opportunity.TitleText);
        }

        foreach (var metric in _metrics.AsSpan())
        {
            metric.Slot.Assign(context.Metrics, metric.NameText);
        }

        foreach (ref var item in _backStage.Mutable)
        {
            item.Slot.Assign(context.BackStage, item.Name);
        }

        foreach (var evidence in _evidence.AsSpan())
        {
            evidence.Slot.Assign(context.Evidence, evidence.Wording);
        }
    }

    /// <summary>Sets a free-form property for embedding applications, such as a CRM id, replacing any earlier value.</summary>
    /// <param name="key">The key.</param>
    /// <param name="value">The value.</param>
    /// <returns>This builder.</returns>
    public StepBuilder Property(string key, string value)
    {
        _properties.Set(key, value);
        return this;
    }

    /// <summary>Removes a free-form property; nothing happens when the builder has none under <paramref name="key"/>.</summary>
    /// <param name="key">The key.</param>
    /// <returns>This builder.</returns>
    public StepBuilder RemoveProperty(string key)
    {
        _properties.Remove(key);
        return this;
    }

    internal Step ToModel(BuildContext context, Location stage)
    {
        context.CheckElement(in _slot, context.Steps, NameText, "step's name", stage, "steps");
        var here = stage.Step(_slot.Assigned);
        if (_duration < TimeSpan.Zero)
        {
            context.Problem(here.Path().Property("duration"), $"Step '{NameText}' has a negative duration; a duration must not be negative.");
        }

        var opportunities = _opportunities.NewArray<Opportunity>();
        for (var i = 0; i < opportunities.Length; i++)
        {
            opportunities[i] = _opportunities[i].ToModel(context, here);
        }

        var metrics = _metrics.NewArray<Metric>();
        for (var i = 0; i < metrics.Length; i++)
        {
            metrics[i] = _metrics[i].ToModel(context, here);
        }

        var evidence = _evidence.NewArray<Evidence>();
        for (var i = 0; i < evidence.Length; i++)
        {
            evidence[i] = _evidence[i].ToModel(context, here);
        }

        return new Step(
            _slot.Assigned,
            NameText,
            _description,
            _actions.ToValueList(),
            _thoughts.ToValueList(),
            Emotions(context, here),
            Touchpoints(context, here),
            PainPoints(context, here),
            new ValueList<Opportunity>(opportunities),
            new ValueList<Metric>(metrics),
            _owner is null ? null : context.ResolveOwner(_owner),
            _duration,
            _milestone,
            BackStageItems(context, here),
            new ValueList<Evidence>(evidence),
            _properties.ToValueMap());
    }

    /// <summary>
    /// Replays the feelings and clears recorded, in order: a later feeling for a persona replaces one the edited map had,
    /// a clear removes the one before it, and two feelings written for the same persona are an error. The common case,
    /// one feeling for everyone, keeps the builder's array.
    /// </summary>
    private ValueList<Emotion> Emotions(BuildContext context, Location here)
    {
        var written = _emotions.AsSpan();
        if (_emotionClears.Count == 0 && written.Length == 1 && written[0].PersonaId is null)
        {
            CheckScale(context, here, written[0], null);
            return _emotions.ToValueList();
        }

        var replay = new EmotionReplay(this, context, here);
        var clears = _emotionClears.AsSpan();
        var nextClear = 0;
        for (var i = 0; i <= written.Length; i++)
        {
            for (; nextClear < clears.Length && clears[nextClear].Before == i; nextClear++)
            {
                replay.Clear(clears[nextClear].Persona);
            }

            if (i < written.Length)
            {
                replay.Add(written[i], i < _inheritedEmotions);
            }
        }

        return replay.Result();
    }

    private void CheckScale(BuildContext context, Location here, Emotion emotion, string? personaId)
    {
        var scale = context.Map.Scale;
        if (!scale.Contains(emotion.Score))
        {
            context.Problem(Path(here, personaId), $"The emotion score {Presentation.MapText.Score(emotion.Score)} of step '{NameText}' is outside the map's scale {scale}; use a score on the scale or widen it with EmotionScale(min, max).");
        }
    }

    /// <summary>A clear of the feeling of a persona (or of everyone, when <see cref="Persona"/> is <see langword="null"/>), made after <see cref="Before"/> feelings were written.</summary>
    private readonly record struct EmotionClear(int Before, string? Persona);

    /// <summary>The feelings of one step as the replay goes: one slot per persona (and one for everyone), in first-written order.</summary>
    private sealed class EmotionReplay(StepBuilder step, BuildContext context, Location here)
    {
        private const string Everyone = "";
        private readonly List<(Emotion? Emotion, bool Inherited)> _emotions = [];
        private readonly Dictionary<string, int> _slots = new(StringComparer.Ordinal);

        public void Add(Emotion written, bool inherited)
        {
            if (!Resolve(written.PersonaId, out var personaId))
            {
                return;
            }

            step.CheckScale(context, here, written, personaId);
            var emotion = personaId is null ? written : new Emotion(written.Score, written.Label, personaId);
            var key = personaId ?? Everyone;
            if (!_slots.TryGetValue(key, out var slot))
            {
                _slots[key] = _emotions.Count;
                _emotions.Add((emotion, inherited));
            }
            else if (_emotions[slot].Inherited && !inherited)
            {
                _emotions[slot] = (emotion, false);
            }
            else
            {
                context.Problem(Path(here, personaId), personaId is null
                    ? $"Step '{step.NameText}' has two emotions for every persona; keep one, or give each a persona."
                    : $"Step '{step.NameText}' has two emotions for persona '{personaId}'; keep one.");
            }
        }

        public void Clear(string? persona)
        {
            if (Resolve(persona, out var personaId) && _slots.Remove(personaId ?? Everyone, out var slot))
            {
                _emotions[slot] = (null, false);
            }
        }

        public ValueList<Emotion> Result() => ValueList.From(_emotions.Where(e => e.Emotion is not null).Select(e => e.Emotion!));

        /// <summary>Finds the persona a feeling names; <see langword="false"/> (with the problem reported) when it names none.</summary>
        private bool Resolve(string? persona, out string? personaId)
        {
            personaId = persona is null ? null : context.FindPersona(persona, here.Path().Element("emotions", persona));
            return persona is null || personaId is not null;
        }
    }
    private static JourneyPath Path(Location here, string? persona) =>
        persona is null ? here.Path().Property("emotion") : here.Path().Element("emotions", persona);

    private ValueList<string> Touchpoints(BuildContext context, Location here)
    {
        var ids = References.Resolve(ref _touchpoints, new TouchpointResolver(context));
        foreach (var repeated in References.Repeated(ids) ?? [])
        {
            context.Problem(here.Path().Property("touchpoints"), $"Step '{NameText}' uses the touchpoint '{repeated}' twice; list it once.");
        }

        return ids;
    }

    private readonly struct TouchpointResolver(BuildContext context) : IReferenceResolver
    {
        public string Resolve(string reference) => context.ResolveTouchpoint(reference);
    }

    private ValueList<PainPoint> PainPoints(BuildContext context, Location here)
    {
        var painPoints = _painPoints.NewArray<PainPoint>();
        for (var i = 0; i < painPoints.Length; i++)
        {
            ref readonly var spec = ref _painPoints.AsSpan()[i];
            context.CheckElement(in spec.Slot, context.PainPoints, spec.Description, "pain point's description", here, "painPoints");
            painPoints[i] = new PainPoint(spec.Slot.Assigned, spec.Description, spec.Severity, CitedEvidence(context, here, in spec), spec.Properties);
        }

        return new ValueList<PainPoint>(painPoints);
    }

    private static ValueList<string> CitedEvidence(BuildContext context, Location here, in PainPointSpec spec)
    {
        if (spec.Evidence.IsEmpty)
        {
            return spec.Evidence;
        }

        var ids = new string[spec.Evidence.Count];
        for (var i = 0; i < ids.Length; i++)
        {
            ids[i] = context.FindEvidence(spec.Evidence[i], here, spec.Slot.Assigned) ?? spec.Evidence[i];
        }

        var cited = new ValueList<string>(ids);
        foreach (var repeated in References.Repeated(cited) ?? [])
        {
            context.Problem(here.Path("painPoints", spec.Slot.Assigned).Property("evidence"), $"The pain point '{spec.Description}' cites the evidence '{repeated}' twice; cite it once.");
        }

        return cited;
    }

    private ValueList<BackStageItem> BackStageItems(BuildContext context, Location here)
    {
        var items = _backStage.NewArray<BackStageItem>();
        for (var i = 0; i < items.Length; i++)
        {
            ref readonly var spec = ref _backStage.AsSpan()[i];
            context.CheckElement(in spec.Slot, context.BackStage, spec.Name, "back-stage item's name", here, "backStage");
            items[i] = new BackStageItem(spec.Slot.Assigned, spec.Name, spec.Kind, spec.Description, spec.Properties);
        }

        return new ValueList<BackStageItem>(items);
    }

    internal static StepBuilder From(Step step)
    {
        var builder = new StepBuilder(step.Name)
        {
            _slot = new IdSlot { Explicit = step.Id },
            _description = step.Description,
            _owner = step.OwnerId,
            _duration = step.Duration,
            _milestone = step.IsMilestone,
            _properties = PropertyBag.From(step.Properties),
        };
        builder._actions.AddRange(step.Actions.AsSpan());
        builder._thoughts.AddRange(step.Thoughts.AsSpan());
        foreach (var emotion in step.Emotions)
        {
            builder.Emotion(emotion.Score, emotion.Label, emotion.PersonaId);
        }

        builder._inheritedEmotions = builder._emotions.Count;

        builder._touchpoints.AddRange(step.TouchpointIds.AsSpan());
        foreach (var painPoint in step.PainPoints)
        {
            builder._painPoints.Add(PainPointSpec.From(painPoint));
        }

        foreach (var opportunity in step.Opportunities)
        {
            builder._opportunities.Add(OpportunityBuilder.From(opportunity));
        }

        foreach (var metric in step.Metrics)
        {
            builder._metrics.Add(MetricBuilder.From(metric));
        }

        foreach (var item in step.BackStage)
        {
            builder._backStage.Add(BackStageSpec.From(item));
        }

        foreach (var evidence in step.Evidence)
        {
            builder._evidence.Add(EvidenceBuilder.From(evidence));
        }

        return builder;
    }
}
