using JourneyKit.Internal;

namespace JourneyKit.Building;

/// <summary>Describes a step of a stage. Not thread-safe: use one builder from one thread.</summary>
public sealed class StepBuilder
{
    private IdSlot _slot;
    private string? _description;
    private List<string>? _actions;
    private List<string>? _thoughts;
    private List<EmotionSpec>? _emotions;
    private List<string>? _touchpoints;
    private List<PainPointSpec>? _painPoints;
    private List<OpportunityBuilder>? _opportunities;
    private List<MetricBuilder>? _metrics;
    private List<BackStageSpec>? _backStage;
    private string? _owner;
    private TimeSpan? _duration;
    private bool _milestone;

    internal StepBuilder(string name) => Name = name;

    internal string Name { get; private set; }

    internal ref IdSlot Slot => ref _slot;

    /// <summary>Sets an explicit id instead of the one derived from the name; keep it when the step is renamed or moved.</summary>
    /// <param name="id">The id; see <see cref="ElementIds"/> for the rules.</param>
    /// <returns>This builder.</returns>
    public StepBuilder Id(string id)
    {
        _slot.Explicit = BuilderGuard.Id(id, nameof(id));
        return this;
    }

    /// <summary>Renames the step; an explicit id, if any, stays.</summary>
    /// <param name="name">The new name.</param>
    /// <returns>This builder.</returns>
    public StepBuilder Rename(string name)
    {
        Name = Guard.Text(name, nameof(name));
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
    public StepBuilder Action(params string[] actions)
    {
        BuilderGuard.AddAll(_actions ??= [], actions, nameof(actions));
        return this;
    }

    /// <summary>Adds what the customer thinks, in their words.</summary>
    /// <param name="thoughts">The thoughts, in order.</param>
    /// <returns>This builder.</returns>
    public StepBuilder Thought(params string[] thoughts)
    {
        BuilderGuard.AddAll(_thoughts ??= [], thoughts, nameof(thoughts));
        return this;
    }

    /// <summary>Records how the customer feels, as a score on the map's emotion scale.</summary>
    /// <param name="score">The score; <see cref="JourneyMapBuilder.Build"/> checks it against the scale.</param>
    /// <param name="label">The feeling in words, such as "frustrated".</param>
    /// <param name="persona">The id or name of the persona who feels this, or <see langword="null"/> for every persona.</param>
    /// <returns>This builder.</returns>
    public StepBuilder Emotion(int score, string? label = null, string? persona = null)
    {
        (_emotions ??= []).Add(new EmotionSpec(score, Guard.OptionalText(label, nameof(label)), Guard.OptionalText(persona, nameof(persona))));
        return this;
    }

    /// <summary>Adds touchpoints the customer uses, by the id or name of catalog touchpoints; unknown names register new touchpoints.</summary>
    /// <param name="touchpoints">The touchpoints' ids or names.</param>
    /// <returns>This builder.</returns>
    public StepBuilder Touchpoint(params string[] touchpoints)
    {
        BuilderGuard.AddAll(_touchpoints ??= [], touchpoints, nameof(touchpoints));
        return this;
    }

    /// <summary>Adds a pain point.</summary>
    /// <param name="description">What hurts, in the customer's terms.</param>
    /// <param name="severity">How badly it hurts.</param>
    /// <param name="id">An explicit id instead of the one derived from the description.</param>
    /// <returns>This builder.</returns>
    public StepBuilder PainPoint(string description, PainSeverity severity = PainSeverity.Medium, string? id = null)
    {
        var spec = new PainPointSpec(Guard.Text(description, nameof(description)), Guard.Defined(severity, nameof(severity)));
        spec.Slot.Explicit = id is null ? null : BuilderGuard.Id(id, nameof(id));
        (_painPoints ??= []).Add(spec);
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
        (_opportunities ??= []).Add(builder);
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
        (_metrics ??= []).Add(builder);
        return this;
    }

    /// <summary>Sets the owner, by the id or name of a catalog owner; an unknown name registers a new owner.</summary>
    /// <param name="owner">The owner's id or name.</param>
    /// <returns>This builder.</returns>
    public StepBuilder Owner(string owner)
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
    public StepBuilder BackStage(string name, BackStageKind kind = BackStageKind.System, string? description = null, string? id = null)
    {
        var spec = new BackStageSpec(Guard.Text(name, nameof(name)), Guard.Defined(kind, nameof(kind)), Guard.OptionalText(description, nameof(description)));
        spec.Slot.Explicit = id is null ? null : BuilderGuard.Id(id, nameof(id));
        (_backStage ??= []).Add(spec);
        return this;
    }

    internal void ReserveIds(BuildContext context)
    {
        _slot.Reserve(context.Steps, $"step '{Name}'");
        foreach (var painPoint in _painPoints ?? [])
        {
            painPoint.Slot.Reserve(context.PainPoints, $"pain point '{painPoint.Description}'");
        }

        foreach (var opportunity in _opportunities ?? [])
        {
            opportunity.Slot.Reserve(context.Opportunities, $"opportunity '{opportunity.Title}'");
        }

        foreach (var metric in _metrics ?? [])
        {
            metric.Slot.Reserve(context.Metrics, $"metric '{metric.Name}'");
        }

        foreach (var item in _backStage ?? [])
        {
            item.Slot.Reserve(context.BackStage, $"back-stage item '{item.Name}'");
        }
    }

    internal void AssignIds(BuildContext context)
    {
        context.StepLookup.Add(_slot.Assign(context.Steps, Name), Name, this);
        foreach (var painPoint in _painPoints ?? [])
        {
            context.PainPointLookup.Add(painPoint.Slot.Assign(context.PainPoints, painPoint.Description), painPoint.Description, painPoint);
        }

        foreach (var opportunity in _opportunities ?? [])
        {
            opportunity.Slot.Assign(context.Opportunities, opportunity.Title);
        }

        foreach (var metric in _metrics ?? [])
        {
            metric.Slot.Assign(context.Metrics, metric.Name);
        }

        foreach (var item in _backStage ?? [])
        {
            item.Slot.Assign(context.BackStage, item.Name);
        }
    }

    internal Step ToModel(BuildContext context, JourneyPath parent)
    {
        var path = parent.Element("steps", _slot.Assigned);
        _slot.Report(context, path, context.Steps);
        context.CheckName(Name, path, "step's name");
        return new Step(
            _slot.Assigned,
            Name,
            _description,
            Texts(_actions),
            Texts(_thoughts),
            Emotions(context, path),
            Touchpoints(context, path),
            PainPoints(context, path),
            Map(_opportunities, o => o.ToModel(context, path)),
            Map(_metrics, m => m.ToModel(context, path)),
            _owner is null ? null : context.ResolveOwner(_owner),
            _duration,
            _milestone,
            BackStageItems(context, path));
    }

    private ValueList<Emotion> Emotions(BuildContext context, JourneyPath path)
    {
        if (_emotions is null)
        {
            return default;
        }

        var scale = context.Map.Scale;
        var emotions = new Emotion[_emotions.Count];
        for (var i = 0; i < emotions.Length; i++)
        {
            var (score, label, persona) = _emotions[i];
            var emotionPath = persona is null ? path.Property("emotion") : path.Element("emotions", persona);
            var personaId = persona is null ? null : context.FindPersona(persona, emotionPath);
            if (personaId is not null)
            {
                emotionPath = path.Element("emotions", personaId);
            }
            if (!scale.Contains(score))
            {
                context.Problem(emotionPath, $"The emotion score {score} of step '{Name}' is outside the map's scale {scale}; use a score on the scale or widen it with EmotionScale(min, max).");
            }

            for (var j = 0; j < i && (persona is null || personaId is not null); j++)
            {
                if (emotions[j].PersonaId == personaId && (_emotions[j].Persona is null || personaId is not null))
                {
                    context.Problem(emotionPath, personaId is null
                        ? $"Step '{Name}' has two emotions for every persona; keep one, or give each a persona."
                        : $"Step '{Name}' has two emotions for persona '{personaId}'; keep one.");
                    break;
                }
            }

            emotions[i] = new Emotion(score, label, personaId);
        }

        return new ValueList<Emotion>(emotions);
    }

    private ValueList<string> Touchpoints(BuildContext context, JourneyPath path)
    {
        if (_touchpoints is null)
        {
            return default;
        }

        var ids = new string[_touchpoints.Count];
        for (var i = 0; i < ids.Length; i++)
        {
            ids[i] = context.ResolveTouchpoint(_touchpoints[i]);
            if (Array.IndexOf(ids, ids[i], 0, i) >= 0)
            {
                context.Problem(path.Property("touchpoints"), $"Step '{Name}' uses the touchpoint '{ids[i]}' twice; list it once.");
            }
        }

        return new ValueList<string>(ids);
    }

    private ValueList<PainPoint> PainPoints(BuildContext context, JourneyPath path) => Map(_painPoints, p =>
    {
        var painPath = path.Element("painPoints", p.Slot.Assigned);
        p.Slot.Report(context, painPath, context.PainPoints);
        context.CheckName(p.Description, painPath, "pain point's description");
        return new PainPoint(p.Slot.Assigned, p.Description, p.Severity);
    });

    private ValueList<BackStageItem> BackStageItems(BuildContext context, JourneyPath path) => Map(_backStage, b =>
    {
        var itemPath = path.Element("backStage", b.Slot.Assigned);
        b.Slot.Report(context, itemPath, context.BackStage);
        context.CheckName(b.Name, itemPath, "back-stage item's name");
        return new BackStageItem(b.Slot.Assigned, b.Name, b.Kind, b.Description);
    });

    internal static ValueList<string> Texts(List<string>? texts) => texts is null ? default : new ValueList<string>([.. texts]);

    internal static ValueList<TModel> Map<TSpec, TModel>(List<TSpec>? specs, Func<TSpec, TModel> convert)
    {
        if (specs is null)
        {
            return default;
        }

        var items = new TModel[specs.Count];
        for (var i = 0; i < items.Length; i++)
        {
            items[i] = convert(specs[i]);
        }

        return new ValueList<TModel>(items);
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
        };
        builder._actions = NullIfEmpty(step.Actions, a => a);
        builder._thoughts = NullIfEmpty(step.Thoughts, t => t);
        builder._emotions = NullIfEmpty(step.Emotions, e => new EmotionSpec(e.Score, e.Label, e.PersonaId));
        builder._touchpoints = NullIfEmpty(step.TouchpointIds, t => t);
        builder._painPoints = NullIfEmpty(step.PainPoints, PainPointSpec.From);
        builder._opportunities = NullIfEmpty(step.Opportunities, OpportunityBuilder.From);
        builder._metrics = NullIfEmpty(step.Metrics, MetricBuilder.From);
        builder._backStage = NullIfEmpty(step.BackStage, BackStageSpec.From);
        return builder;
    }

    internal static List<TSpec>? NullIfEmpty<TModel, TSpec>(ValueList<TModel> items, Func<TModel, TSpec> convert) =>
        items.IsEmpty ? null : [.. items.Select(convert)];
}
