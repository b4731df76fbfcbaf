using System.Runtime.InteropServices;
using JourneyKit.Internal;

namespace JourneyKit.Building;

/// <summary>Describes a stage of the journey and its steps. Not thread-safe: use one builder from one thread.</summary>
public sealed class StageBuilder
{
    private readonly List<StepBuilder> _steps = [];
    private IdSlot _slot;
    private PropertyBag _properties;
    private string? _goal;
    private ItemList<string> _questions;
    private string? _owner;
    private ItemList<MetricBuilder> _metrics;
    private string? _icon;

    internal StageBuilder(string name) => NameText = name;

    internal string NameText { get; private set; }

    internal ref IdSlot Slot => ref _slot;

    /// <summary>Sets an explicit id instead of the one derived from the name; keep it when the stage is renamed.</summary>
    /// <param name="id">The id; see <see cref="ElementIds"/> for the rules.</param>
    /// <returns>This builder.</returns>
    public StageBuilder Id(string id)
    {
        _slot.Explicit = BuilderGuard.Id(id, nameof(id));
        return this;
    }

    /// <summary>Sets the stage\'s name; an explicit id, if any, stays, so renaming keeps the id.</summary>
    /// <param name="name">The name.</param>
    /// <returns>This builder.</returns>
    public StageBuilder Name(string name)
    {
        NameText = Guard.Text(name, nameof(name));
        return this;
    }

    /// <summary>Sets what the customer wants to achieve in this stage.</summary>
    /// <param name="goal">The goal, in the customer's terms.</param>
    /// <returns>This builder.</returns>
    public StageBuilder Goal(string goal)
    {
        _goal = Guard.Text(goal, nameof(goal));
        return this;
    }

    /// <summary>Adds questions the customer asks in this stage.</summary>
    /// <param name="questions">The questions, such as "Is this the cheapest option?".</param>
    /// <returns>This builder.</returns>
    public StageBuilder Question(params ReadOnlySpan<string> questions)
    {
        BuilderGuard.AddAll(ref _questions, questions, nameof(questions));
        return this;
    }

    /// <summary>Sets the owner, by the id or name of a catalog owner; an unknown name registers a new owner.</summary>
    /// <param name="owner">The owner's id or name.</param>
    /// <returns>This builder.</returns>
    public StageBuilder OwnedBy(string owner)
    {
        _owner = Guard.Text(owner, nameof(owner));
        return this;
    }

    /// <summary>Adds a metric.</summary>
    /// <param name="name">The metric's name, such as "Visit-to-order conversion".</param>
    /// <param name="configure">Describes the metric further.</param>
    /// <returns>This builder.</returns>
    public StageBuilder Metric(string name, Action<MetricBuilder>? configure = null)
    {
        var builder = new MetricBuilder(Guard.Text(name, nameof(name)));
        configure?.Invoke(builder);
        _metrics.Add(builder);
        return this;
    }

    /// <summary>Sets the symbol shown for the stage, such as an emoji or an icon name.</summary>
    /// <param name="icon">The icon.</param>
    /// <returns>This builder.</returns>
    public StageBuilder Icon(string icon)
    {
        _icon = Guard.Text(icon, nameof(icon));
        return this;
    }

    /// <summary>Adds a step after the stage's other steps.</summary>
    /// <param name="name">The step's name, such as "Looks at the menu".</param>
    /// <param name="configure">Describes the step.</param>
    /// <returns>This builder.</returns>
    public StageBuilder Step(string name, Action<StepBuilder>? configure = null)
    {
        var builder = new StepBuilder(Guard.Text(name, nameof(name)));
        configure?.Invoke(builder);
        _steps.Add(builder);
        return this;
    }

    /// <summary>Changes a step already added, found by explicit id, name, or the id its name derives.</summary>
    /// <param name="step">The step's id or name.</param>
    /// <param name="configure">The changes.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentException">The stage has no such step.</exception>
    public StageBuilder EditStep(string step, Action<StepBuilder> configure)
    {
        ArgumentNullException.ThrowIfNull(configure);
        configure(_steps[IndexOfStep(step, nameof(step))]);
        return this;
    }

    /// <summary>Removes a step, found by explicit id, name, or the id its name derives.</summary>
    /// <param name="step">The step's id or name.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentException">The stage has no such step.</exception>
    public StageBuilder RemoveStep(string step)
    {
        _steps.RemoveAt(IndexOfStep(step, nameof(step)));
        return this;
    }

    /// <summary>Removes the goal.</summary>
    /// <returns>This builder.</returns>
    public StageBuilder ClearGoal()
    {
        _goal = null;
        return this;
    }

    /// <summary>Removes the owner.</summary>
    /// <returns>This builder.</returns>
    public StageBuilder ClearOwner()
    {
        _owner = null;
        return this;
    }

    /// <summary>Removes the icon.</summary>
    /// <returns>This builder.</returns>
    public StageBuilder ClearIcon()
    {
        _icon = null;
        return this;
    }

    /// <summary>Moves a question, the first one with this text, to another place among the questions.</summary>
    /// <param name="question">The question's text.</param>
    /// <param name="position">Where it goes, from 0 for first to the number of questions less one for last.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentException">The stage has no such question.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="position"/> is not a place among them.</exception>
    public StageBuilder MoveQuestion(string question, int position)
    {
        var index = IndexOfQuestion(question, nameof(question));
        _questions.Move(index, BuilderGuard.Position(position, _questions.Count, nameof(position)));
        return this;
    }

    /// <summary>Removes a question, the first one with this text.</summary>
    /// <param name="question">The question's text.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentException">The stage has no such question.</exception>
    public StageBuilder RemoveQuestion(string question)
    {
        _questions.RemoveAt(IndexOfQuestion(question, nameof(question)));
        return this;
    }

    /// <summary>Changes a metric of the stage, found by explicit id, name, or the id its name derives.</summary>
    /// <param name="metric">The metric's id or name.</param>
    /// <param name="configure">The changes.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentException">The stage has no such metric.</exception>
    public StageBuilder EditMetric(string metric, Action<MetricBuilder> configure)
    {
        ArgumentNullException.ThrowIfNull(configure);
        configure(_metrics[IndexOfMetric(metric, nameof(metric))]);
        return this;
    }

    /// <summary>Removes a metric of the stage, found by explicit id, name, or the id its name derives.</summary>
    /// <param name="metric">The metric's id or name.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentException">The stage has no such metric.</exception>
    public StageBuilder RemoveMetric(string metric)
    {
        _metrics.RemoveAt(IndexOfMetric(metric, nameof(metric)));
        return this;
    }

    /// <summary>Moves a metric to another place among the stage's metrics.</summary>
    /// <param name="metric">The metric's id or name.</param>
    /// <param name="position">Where it goes, from 0 for first to the number of metrics less one for last.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentException">The stage has no such metric.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="position"/> is not a place among the metrics.</exception>
    public StageBuilder MoveMetric(string metric, int position)
    {
        var index = IndexOfMetric(metric, nameof(metric));
        _metrics.Move(index, BuilderGuard.Position(position, _metrics.Count, nameof(position)));
        return this;
    }

    /// <summary>Moves a step to another place in this stage, keeping its id and everything it holds.</summary>
    /// <param name="step">The step's id or name.</param>
    /// <param name="position">Where it goes, from 0 for first to the number of steps less one for last.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentException">The stage has no such step.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="position"/> is not a place in the stage.</exception>
    public StageBuilder MoveStep(string step, int position)
    {
        BuilderGuard.Move(_steps, IndexOfStep(step, nameof(step)), BuilderGuard.Position(position, _steps.Count, nameof(position)));
        return this;
    }

    /// <summary>Finds a step by explicit id, name, or the id its name derives; -1 when the stage has none.</summary>
    internal int FindStep(string step) => Find(_steps, step, s => s.Slot.Explicit, s => s.NameText);

    /// <summary>Finds a step in any stage: by explicit id first, then by name, then by the id its name derives.</summary>
    internal static (int Stage, int Step)? Locate(List<StageBuilder> stages, string step)
    {
        for (var tier = 0; tier < 3; tier++)
        {
            for (var stage = 0; stage < stages.Count; stage++)
            {
                var index = stages[stage]._steps.FindIndex(s => BuilderGuard.Matches(tier, step, s.Slot.Explicit, s.NameText));
                if (index >= 0)
                {
                    return (stage, index);
                }
            }
        }

        return null;
    }

    /// <summary>Takes a step out of this stage, to put it in another.</summary>
    internal StepBuilder TakeStep(int index)
    {
        var step = _steps[index];
        _steps.RemoveAt(index);
        return step;
    }

    /// <summary>Puts a step taken from another stage at a place in this one, or last.</summary>
    internal void PutStep(StepBuilder step, int? position) => _steps.Insert(position ?? _steps.Count, step);

    private int IndexOfStep(string step, string paramName)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(step, paramName);
        var index = FindStep(step);
        return index >= 0
            ? index
            : throw new ArgumentException($"Stage '{NameText}' has no step with the id or name '{step}'. Its steps: {string.Join(", ", _steps.Select(s => $"'{s.NameText}'"))}.", paramName);
    }

    internal static int Find<T>(List<T> items, string reference, Func<T, string?> explicitId, Func<T, string> name) =>
        BuilderGuard.Find(CollectionsMarshal.AsSpan(items), reference, explicitId, name);

    /// <summary>Drops this stage's and its steps' references to a removed catalog entry or persona.</summary>
    internal void Forget(ElementKind kind, Func<string, bool> refersTo)
    {
        if (kind == ElementKind.Owner && _owner is not null && refersTo(_owner))
        {
            _owner = null;
        }

        foreach (var step in _steps)
        {
            step.Forget(kind, refersTo);
        }
    }

    internal IReadOnlyList<StepBuilder> StepBuilders => _steps;

    internal void ReserveIds(BuildContext context)
    {
        _slot.Reserve(context.Stages, "stage", NameText);
        foreach (var metric in _metrics.AsSpan())
        {
            metric.Slot.Reserve(context.Metrics, "metric", metric.NameText);
        }

        foreach (var step in _steps)
        {
            step.ReserveIds(context);
        }
    }

    internal void AssignIds(BuildContext context)
    {
        _slot.Assign(context.Stages, NameText);
        foreach (var metric in _metrics.AsSpan())
        {
            metric.Slot.Assign(context.Metrics, metric.NameText);
        }

        foreach (var step in _steps)
        {
            step.AssignIds(context);
        }
    }

    /// <summary>Sets a free-form property for embedding applications, such as a CRM id, replacing any earlier value.</summary>
    /// <param name="key">The key.</param>
    /// <param name="value">The value.</param>
    /// <returns>This builder.</returns>
    public StageBuilder Property(string key, string value)
    {
        _properties.Set(key, value);
        return this;
    }

    /// <summary>Removes a free-form property; nothing happens when the builder has none under <paramref name="key"/>.</summary>
    /// <param name="key">The key.</param>
    /// <returns>This builder.</returns>
    public StageBuilder RemoveProperty(string key)
    {
        _properties.Remove(key);
        return this;
    }

    internal Stage ToModel(BuildContext context)
    {
        context.CheckElement(in _slot, context.Stages, NameText, "stage's name", Location.Root, "stages");
        var here = Location.Stage(_slot.Assigned);
        var owner = _owner is null ? null : context.ResolveOwner(_owner);
        var metrics = _metrics.NewArray<Metric>();
        for (var i = 0; i < metrics.Length; i++)
        {
            metrics[i] = _metrics[i].ToModel(context, here);
        }

        var steps = new Step[_steps.Count];
        for (var i = 0; i < steps.Length; i++)
        {
            steps[i] = _steps[i].ToModel(context, here);
        }

        return new Stage(_slot.Assigned, NameText, _goal, _questions.ToValueList(), owner, new ValueList<Metric>(metrics), _icon, new ValueList<Step>(steps), _properties.ToValueMap());
    }

    internal static StageBuilder From(Stage stage)
    {
        var builder = new StageBuilder(stage.Name)
        {
            _slot = new IdSlot { Explicit = stage.Id },
            _goal = stage.Goal,
            _owner = stage.OwnerId,
            _icon = stage.Icon,
            _properties = PropertyBag.From(stage.Properties),
        };
        builder._questions.AddRange(stage.Questions.AsSpan());
        foreach (var metric in stage.Metrics)
        {
            builder._metrics.Add(MetricBuilder.From(metric));
        }

        builder._steps.AddRange(stage.Steps.Select(StepBuilder.From));
        return builder;
    }

    private int IndexOfQuestion(string reference, string paramName) =>
        BuilderGuard.IndexOf(_questions.AsSpan(), reference, $"Stage '{NameText}'", _ => null, t => t, "question", paramName);

    private int IndexOfMetric(string reference, string paramName) =>
        BuilderGuard.IndexOf(_metrics.AsSpan(), reference, $"Stage '{NameText}'", m => m.Slot.Explicit, m => m.NameText, "metric", paramName);
}
