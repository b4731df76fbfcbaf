using JourneyKit.Internal;

namespace JourneyKit.Building;

// Changing what a step holds while editing a map: clearing values, and changing or removing its items by id or text.
public sealed partial class StepBuilder
{
    /// <summary>Removes the description.</summary>
    /// <returns>This builder.</returns>
    public StepBuilder ClearDescription()
    {
        _description = null;
        return this;
    }

    /// <summary>Removes the owner; the step then has the stage's.</summary>
    /// <returns>This builder.</returns>
    public StepBuilder ClearOwner()
    {
        _owner = null;
        return this;
    }

    /// <summary>Removes the duration.</summary>
    /// <returns>This builder.</returns>
    public StepBuilder ClearDuration()
    {
        _duration = null;
        return this;
    }

    /// <summary>Stops the step using a touchpoint; the touchpoint stays in the catalog (see <see cref="JourneyMapBuilder.Prune"/>).</summary>
    /// <param name="touchpoint">The touchpoint's id or name.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentException">The step does not use that touchpoint.</exception>
    public StepBuilder RemoveVia(string touchpoint)
    {
        _touchpoints.RemoveAt(BuilderGuard.ReferenceIndex(_touchpoints.AsSpan(), touchpoint, $"Step '{NameText}'", "touchpoint", nameof(touchpoint)));
        return this;
    }

    /// <summary>Moves a action, the first one with this text, to another place among the actions.</summary>
    /// <param name="action">The action's text.</param>
    /// <param name="position">Where it goes, from 0 for first to the number of actions less one for last.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentException">The step has no such action.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="position"/> is not a place among them.</exception>
    public StepBuilder MoveAction(string action, int position)
    {
        var index = IndexOfAction(action, nameof(action));
        _actions.Move(index, BuilderGuard.Position(position, _actions.Count, nameof(position)));
        return this;
    }

    /// <summary>Moves a thought, the first one with this text, to another place among the thoughts.</summary>
    /// <param name="thought">The thought's text.</param>
    /// <param name="position">Where it goes, from 0 for first to the number of thoughts less one for last.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentException">The step has no such thought.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="position"/> is not a place among them.</exception>
    public StepBuilder MoveThought(string thought, int position)
    {
        var index = IndexOfThought(thought, nameof(thought));
        _thoughts.Move(index, BuilderGuard.Position(position, _thoughts.Count, nameof(position)));
        return this;
    }

    /// <summary>Removes an action, the first one with this text.</summary>
    /// <param name="action">The action's text.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentException">The step has no such action.</exception>
    public StepBuilder RemoveAction(string action)
    {
        _actions.RemoveAt(IndexOfAction(action, nameof(action)));
        return this;
    }

    /// <summary>Removes a thought, the first one with this text.</summary>
    /// <param name="thought">The thought's text.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentException">The step has no such thought.</exception>
    public StepBuilder RemoveThought(string thought)
    {
        _thoughts.RemoveAt(IndexOfThought(thought, nameof(thought)));
        return this;
    }

    /// <summary>Changes a pain point, found by explicit id, description, or the id its description derives.</summary>
    /// <param name="painPoint">The pain point's id or description.</param>
    /// <param name="configure">The changes.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentException">The step has no such pain point.</exception>
    public StepBuilder EditPainPoint(string painPoint, Action<PainPointBuilder> configure)
    {
        ArgumentNullException.ThrowIfNull(configure);
        var index = IndexOfPainPoint(painPoint, nameof(painPoint));
        var builder = PainPointBuilder.From(_painPoints[index]);
        configure(builder);
        _painPoints.Set(index, builder.ToSpec());
        return this;
    }

    /// <summary>Changes an opportunity, found by explicit id, title, or the id its title derives.</summary>
    /// <param name="opportunity">The opportunity's id or title.</param>
    /// <param name="configure">The changes.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentException">The step has no such opportunity.</exception>
    public StepBuilder EditOpportunity(string opportunity, Action<OpportunityBuilder> configure)
    {
        ArgumentNullException.ThrowIfNull(configure);
        configure(_opportunities[IndexOfOpportunity(opportunity, nameof(opportunity))]);
        return this;
    }

    /// <summary>Changes a metric, found by explicit id, name, or the id its name derives.</summary>
    /// <param name="metric">The metric's id or name.</param>
    /// <param name="configure">The changes.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentException">The step has no such metric.</exception>
    public StepBuilder EditMetric(string metric, Action<MetricBuilder> configure)
    {
        ArgumentNullException.ThrowIfNull(configure);
        configure(_metrics[IndexOfMetric(metric, nameof(metric))]);
        return this;
    }

    /// <summary>Changes a back-stage item, found by explicit id, name, or the id its name derives.</summary>
    /// <param name="item">The item's id or name.</param>
    /// <param name="configure">The changes.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentException">The step has no such back-stage item.</exception>
    public StepBuilder EditBackStage(string item, Action<BackStageItemBuilder> configure)
    {
        ArgumentNullException.ThrowIfNull(configure);
        var index = IndexOfBackStage(item, nameof(item));
        var builder = BackStageItemBuilder.From(_backStage[index]);
        configure(builder);
        _backStage.Set(index, builder.ToSpec());
        return this;
    }

    /// <summary>Changes evidence, found by explicit id, text, or the id its text derives.</summary>
    /// <param name="evidence">The evidence's id or text.</param>
    /// <param name="configure">The changes.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentException">The step has no such evidence.</exception>
    public StepBuilder EditEvidence(string evidence, Action<EvidenceBuilder> configure)
    {
        ArgumentNullException.ThrowIfNull(configure);
        configure(_evidence[IndexOfEvidence(evidence, nameof(evidence))]);
        return this;
    }

    /// <summary>Removes a pain point, found by explicit id, description, or the id its description derives.</summary>
    /// <param name="painPoint">The pain point's id or description.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentException">The step has no such pain point.</exception>
    public StepBuilder RemovePainPoint(string painPoint)
    {
        _painPoints.RemoveAt(IndexOfPainPoint(painPoint, nameof(painPoint)));
        return this;
    }

    /// <summary>Removes an opportunity, found by explicit id, title, or the id its title derives.</summary>
    /// <param name="opportunity">The opportunity's id or title.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentException">The step has no such opportunity.</exception>
    public StepBuilder RemoveOpportunity(string opportunity)
    {
        _opportunities.RemoveAt(IndexOfOpportunity(opportunity, nameof(opportunity)));
        return this;
    }

    /// <summary>Removes a metric, found by explicit id, name, or the id its name derives.</summary>
    /// <param name="metric">The metric's id or name.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentException">The step has no such metric.</exception>
    public StepBuilder RemoveMetric(string metric)
    {
        _metrics.RemoveAt(IndexOfMetric(metric, nameof(metric)));
        return this;
    }

    /// <summary>Removes a back-stage item, found by explicit id, name, or the id its name derives.</summary>
    /// <param name="item">The item's id or name.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentException">The step has no such back-stage item.</exception>
    public StepBuilder RemoveBackStage(string item)
    {
        _backStage.RemoveAt(IndexOfBackStage(item, nameof(item)));
        return this;
    }

    /// <summary>Removes evidence, found by explicit id, text, or the id its text derives; pain points that cite it must stop citing it.</summary>
    /// <param name="evidence">The evidence's id or text.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentException">The step has no such evidence.</exception>
    public StepBuilder RemoveEvidence(string evidence)
    {
        _evidence.RemoveAt(IndexOfEvidence(evidence, nameof(evidence)));
        return this;
    }

    /// <summary>Moves a pain point to another place among the step's pain points.</summary>
    /// <param name="painPoint">The pain point's id or description.</param>
    /// <param name="position">Where it goes, from 0 for first to the number of pain points less one for last.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentException">The step has no such pain point.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="position"/> is not a place among them.</exception>
    public StepBuilder MovePainPoint(string painPoint, int position)
    {
        var index = IndexOfPainPoint(painPoint, nameof(painPoint));
        _painPoints.Move(index, BuilderGuard.Position(position, _painPoints.Count, nameof(position)));
        return this;
    }

    /// <summary>Moves a opportunity to another place among the step's opportunities.</summary>
    /// <param name="opportunity">The opportunity's id or title.</param>
    /// <param name="position">Where it goes, from 0 for first to the number of opportunities less one for last.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentException">The step has no such opportunity.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="position"/> is not a place among them.</exception>
    public StepBuilder MoveOpportunity(string opportunity, int position)
    {
        var index = IndexOfOpportunity(opportunity, nameof(opportunity));
        _opportunities.Move(index, BuilderGuard.Position(position, _opportunities.Count, nameof(position)));
        return this;
    }

    /// <summary>Moves a metric to another place among the step's metrics.</summary>
    /// <param name="metric">The metric's id or name.</param>
    /// <param name="position">Where it goes, from 0 for first to the number of metrics less one for last.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentException">The step has no such metric.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="position"/> is not a place among them.</exception>
    public StepBuilder MoveMetric(string metric, int position)
    {
        var index = IndexOfMetric(metric, nameof(metric));
        _metrics.Move(index, BuilderGuard.Position(position, _metrics.Count, nameof(position)));
        return this;
    }

    /// <summary>Moves a back-stage item to another place among the step's back-stage items.</summary>
    /// <param name="item">The back-stage item's id or name.</param>
    /// <param name="position">Where it goes, from 0 for first to the number of back-stage items less one for last.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentException">The step has no such back-stage item.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="position"/> is not a place among them.</exception>
    public StepBuilder MoveBackStage(string item, int position)
    {
        var index = IndexOfBackStage(item, nameof(item));
        _backStage.Move(index, BuilderGuard.Position(position, _backStage.Count, nameof(position)));
        return this;
    }

    /// <summary>Moves a evidence to another place among the step's pieces of evidence.</summary>
    /// <param name="evidence">The evidence's id or text.</param>
    /// <param name="position">Where it goes, from 0 for first to the number of pieces of evidence less one for last.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentException">The step has no such evidence.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="position"/> is not a place among them.</exception>
    public StepBuilder MoveEvidence(string evidence, int position)
    {
        var index = IndexOfEvidence(evidence, nameof(evidence));
        _evidence.Move(index, BuilderGuard.Position(position, _evidence.Count, nameof(position)));
        return this;
    }

    /// <summary>Drops this step's references to a removed catalog entry or persona: touchpoints used, owners, and feelings.</summary>
    internal void Forget(ElementKind kind, Func<string, bool> refersTo)
    {
        switch (kind)
        {
            case ElementKind.Touchpoint:
                for (var i = _touchpoints.Count - 1; i >= 0; i--)
                {
                    if (refersTo(_touchpoints[i]))
                    {
                        _touchpoints.RemoveAt(i);
                    }
                }

                break;
            case ElementKind.Owner:
                _owner = _owner is not null && refersTo(_owner) ? null : _owner;
                foreach (var opportunity in _opportunities.AsSpan())
                {
                    opportunity.ForgetOwner(refersTo);
                }

                break;
            case ElementKind.Persona:
                ForgetFeelings(refersTo);
                break;
        }
    }

    /// <summary>Drops the feelings, and the clears of feelings, recorded for a removed persona.</summary>
    private void ForgetFeelings(Func<string, bool> refersTo)
    {
        var kept = new ItemList<Emotion>();
        var keptBefore = new int[_emotions.Count + 1];
        var inherited = 0;
        for (var i = 0; i < _emotions.Count; i++)
        {
            keptBefore[i] = kept.Count;
            if (_emotions[i].PersonaId is not { } persona || !refersTo(persona))
            {
                kept.Add(_emotions[i]);
                inherited += i < _inheritedEmotions ? 1 : 0;
            }
        }

        keptBefore[_emotions.Count] = kept.Count;
        var clears = new ItemList<EmotionClear>();
        foreach (var clear in _emotionClears.AsSpan())
        {
            if (clear.Persona is not { } persona || !refersTo(persona))
            {
                clears.Add(clear with { Before = keptBefore[clear.Before] });
            }
        }

        (_emotions, _emotionClears, _inheritedEmotions) = (kept, clears, inherited);
    }

    private int IndexOfAction(string reference, string paramName) =>
        BuilderGuard.IndexOf(_actions.AsSpan(), reference, $"Step '{NameText}'", _ => null, t => t, "action", paramName);

    private int IndexOfThought(string reference, string paramName) =>
        BuilderGuard.IndexOf(_thoughts.AsSpan(), reference, $"Step '{NameText}'", _ => null, t => t, "thought", paramName);

    private int IndexOfPainPoint(string reference, string paramName) =>
        BuilderGuard.IndexOf(_painPoints.AsSpan(), reference, $"Step '{NameText}'", p => p.Slot.Explicit, p => p.Description, "pain point", paramName);

    private int IndexOfOpportunity(string reference, string paramName) =>
        BuilderGuard.IndexOf(_opportunities.AsSpan(), reference, $"Step '{NameText}'", o => o.Slot.Explicit, o => o.TitleText, "opportunity", paramName);

    private int IndexOfMetric(string reference, string paramName) =>
        BuilderGuard.IndexOf(_metrics.AsSpan(), reference, $"Step '{NameText}'", m => m.Slot.Explicit, m => m.NameText, "metric", paramName);

    private int IndexOfBackStage(string reference, string paramName) =>
        BuilderGuard.IndexOf(_backStage.AsSpan(), reference, $"Step '{NameText}'", b => b.Slot.Explicit, b => b.Name, "back-stage item", paramName);

    private int IndexOfEvidence(string reference, string paramName) =>
        BuilderGuard.IndexOf(_evidence.AsSpan(), reference, $"Step '{NameText}'", e => e.Slot.Explicit, e => e.Wording, "evidence", paramName);
}
