namespace JourneyKit.Building;

// Changing a map while editing it: clearing values, moving stages and steps, removing paths, and pruning the catalogs.
public sealed partial class JourneyMapBuilder
{
    /// <summary>Removes the description.</summary>
    /// <returns>This builder.</returns>
    public JourneyMapBuilder ClearDescription()
    {
        _description = null;
        return this;
    }

    /// <summary>Removes the record of the map's language, so its texts are written in the language options choose, else English.</summary>
    /// <returns>This builder.</returns>
    public JourneyMapBuilder ClearLanguage()
    {
        _language = null;
        return this;
    }

    /// <summary>Removes the revision.</summary>
    /// <returns>This builder.</returns>
    public JourneyMapBuilder ClearRevision()
    {
        _revision = null;
        return this;
    }

    /// <summary>Removes the review cadence and the date of the last review.</summary>
    /// <returns>This builder.</returns>
    public JourneyMapBuilder ClearReviews()
    {
        _reviewCadence = null;
        _lastReviewedOn = null;
        return this;
    }

    /// <summary>Changes a persona already added, found by explicit id, name, or the id its name derives.</summary>
    /// <param name="persona">The persona's id or name.</param>
    /// <param name="configure">The changes.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentException">The map has no such persona.</exception>
    public JourneyMapBuilder EditPersona(string persona, Action<PersonaBuilder> configure)
    {
        ArgumentNullException.ThrowIfNull(configure);
        configure(_personas[IndexOfPersona(persona, nameof(persona))]);
        return this;
    }

    /// <summary>Removes a persona, and the feelings the steps record for it.</summary>
    /// <param name="persona">The persona's id or name.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentException">The map has no such persona.</exception>
    public JourneyMapBuilder RemovePersona(string persona)
    {
        var index = IndexOfPersona(persona, nameof(persona));
        var removed = _personas[index];
        _personas.RemoveAt(index);
        Forget(ElementKind.Persona, removed.Slot.Explicit, removed.NameText);
        return this;
    }

    /// <summary>Removes a channel from the catalog; the touchpoints on it then belong to none.</summary>
    /// <param name="channel">The channel's id or name.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentException">The catalog has no such channel.</exception>
    public JourneyMapBuilder RemoveChannel(string channel)
    {
        var removed = RemoveEntry(_channels, channel, "channel", nameof(channel));
        foreach (var touchpoint in _touchpoints.Entries)
        {
            touchpoint.ForgetChannel(RefersTo(removed.Slot.Explicit, removed.NameText));
        }

        return this;
    }

    /// <summary>Removes an owner from the catalog, and from the stages, steps and opportunities it owned.</summary>
    /// <param name="owner">The owner's id or name.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentException">The catalog has no such owner.</exception>
    public JourneyMapBuilder RemoveOwner(string owner)
    {
        var removed = RemoveEntry(_owners, owner, "owner", nameof(owner));
        Forget(ElementKind.Owner, removed.Slot.Explicit, removed.NameText);
        return this;
    }

    /// <summary>Removes a touchpoint from the catalog, and from the steps that used it.</summary>
    /// <param name="touchpoint">The touchpoint's id or name.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentException">The catalog has no such touchpoint.</exception>
    public JourneyMapBuilder RemoveTouchpoint(string touchpoint)
    {
        var removed = RemoveEntry(_touchpoints, touchpoint, "touchpoint", nameof(touchpoint));
        Forget(ElementKind.Touchpoint, removed.Slot.Explicit, removed.NameText);
        return this;
    }

    /// <summary>Removes a branch, loop or exit by its id.</summary>
    /// <param name="transition">The transition's id, such as <c>pays-to-looks-at-the-menu</c>.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentException">The map has no transition with that id.</exception>
    public JourneyMapBuilder RemoveTransition(string transition)
    {
        _transitions.RemoveAt(IndexOfTransition(transition, nameof(transition)));
        return this;
    }

    /// <summary>Changes a branch, loop or exit already added, found by its id: its kind, steps, label, share, id or properties.</summary>
    /// <param name="transition">The transition's id, such as <c>pays-to-looks-at-the-menu</c>.</param>
    /// <param name="configure">The changes.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentException">The map has no transition with that id.</exception>
    public JourneyMapBuilder EditTransition(string transition, Action<TransitionBuilder> configure)
    {
        ArgumentNullException.ThrowIfNull(configure);
        var index = IndexOfTransition(transition, nameof(transition));
        var old = _transitions[index];
        var builder = TransitionBuilder.From(old);
        configure(builder);
        var changed = new TransitionSpec(builder.KindValue ?? old.Kind, builder.FromStep ?? old.From, builder.ToStep, builder.LabelText, builder.ShareValue) { Properties = builder.Properties };
        changed.Slot.Explicit = builder.IdText;
        _transitions[index] = changed;
        return this;
    }

    /// <summary>Moves a stage, with its steps, to another place among the stages; ids stay.</summary>
    /// <param name="stage">The stage's id or name.</param>
    /// <param name="position">Where it goes, from 0 for first to the number of stages less one for last.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentException">The map has no such stage.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="position"/> is not a place among the stages.</exception>
    public JourneyMapBuilder MoveStage(string stage, int position)
    {
        BuilderGuard.Move(_stages, IndexOfStage(stage, nameof(stage)), BuilderGuard.Position(position, _stages.Count, nameof(position)));
        return this;
    }

    /// <summary>Moves a persona to another place among the personas.</summary>
    /// <param name="persona">The persona's id or name.</param>
    /// <param name="position">Where it goes, from 0 for first to the number of personas less one for last.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentException">The map has no such persona.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="position"/> is not a place among the personas.</exception>
    public JourneyMapBuilder MovePersona(string persona, int position)
    {
        BuilderGuard.Move(_personas, IndexOfPersona(persona, nameof(persona)), BuilderGuard.Position(position, _personas.Count, nameof(position)));
        return this;
    }

    /// <summary>Moves a channel to another place in the catalog.</summary>
    /// <param name="channel">The channel's id or name.</param>
    /// <param name="position">Where it goes, from 0 for first to the number of channels less one for last.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentException">The catalog has no such channel.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="position"/> is not a place in the catalog.</exception>
    public JourneyMapBuilder MoveChannel(string channel, int position) => MoveEntry(_channels, channel, position, "channel", nameof(channel));

    /// <summary>Moves an owner to another place in the catalog.</summary>
    /// <param name="owner">The owner's id or name.</param>
    /// <param name="position">Where it goes, from 0 for first to the number of owners less one for last.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentException">The catalog has no such owner.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="position"/> is not a place in the catalog.</exception>
    public JourneyMapBuilder MoveOwner(string owner, int position) => MoveEntry(_owners, owner, position, "owner", nameof(owner));

    /// <summary>Moves a touchpoint to another place in the catalog.</summary>
    /// <param name="touchpoint">The touchpoint's id or name.</param>
    /// <param name="position">Where it goes, from 0 for first to the number of touchpoints less one for last.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentException">The catalog has no such touchpoint.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="position"/> is not a place in the catalog.</exception>
    public JourneyMapBuilder MoveTouchpoint(string touchpoint, int position) => MoveEntry(_touchpoints, touchpoint, position, "touchpoint", nameof(touchpoint));

    /// <summary>Moves a branch, loop or exit to another place among the transitions.</summary>
    /// <param name="transition">The transition's id.</param>
    /// <param name="position">Where it goes, from 0 for first to the number of transitions less one for last.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentException">The map has no transition with that id.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="position"/> is not a place among the transitions.</exception>
    public JourneyMapBuilder MoveTransition(string transition, int position)
    {
        BuilderGuard.Move(_transitions, IndexOfTransition(transition, nameof(transition)), BuilderGuard.Position(position, _transitions.Count, nameof(position)));
        return this;
    }

    /// <summary>
    /// Moves a step, with everything it holds, to another stage; its id stays, so references to it (transitions,
    /// addressed pain points) still hold, and a diff reports it as moved.
    /// </summary>
    /// <param name="step">The step's id or name, in any stage.</param>
    /// <param name="toStage">The id or name of the stage it goes to.</param>
    /// <param name="position">Where it goes among that stage's steps, from 0 for first; last when <see langword="null"/>.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentException">The map has no such step or stage.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="position"/> is not a place in the stage.</exception>
    public JourneyMapBuilder MoveStep(string step, string toStage, int? position = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(step);
        var target = _stages[IndexOfStage(toStage, nameof(toStage))];
        var (source, index) = StageBuilder.Locate(_stages, step)
            ?? throw new ArgumentException($"The map has no step with the id or name '{step}'. Its first steps: {string.Join(", ", _stages.SelectMany(s => s.StepBuilders).Take(10).Select(s => $"'{s.NameText}'"))}.", nameof(step));
        if (position is { } at)
        {
            var room = target.StepBuilders.Count - (ReferenceEquals(_stages[source], target) ? 1 : 0);
            ArgumentOutOfRangeException.ThrowIfNegative(at, nameof(position));
            ArgumentOutOfRangeException.ThrowIfGreaterThan(at, room, nameof(position));
        }

        target.PutStep(_stages[source].TakeStep(index), position);
        return this;
    }

    /// <summary>
    /// Leaves out, when the map is built, the channels, owners and touchpoints nothing in it refers to, such as those only
    /// a removed step used; without it they stay, as declared.
    /// </summary>
    /// <returns>This builder.</returns>
    public JourneyMapBuilder Prune()
    {
        _prune = true;
        return this;
    }

    private static T RemoveEntry<T>(Catalog<T> catalog, string reference, string what, string paramName)
        where T : class, ICatalogEntry
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(reference, paramName);
        return catalog.Remove(reference) ?? throw NoEntry(catalog, reference, what, paramName);
    }

    /// <summary>Drops every reference to a removed element, so that building does not register it again.</summary>
    private void Forget(ElementKind kind, string? explicitId, string name)
    {
        var refersTo = RefersTo(explicitId, name);
        foreach (var stage in _stages)
        {
            stage.Forget(kind, refersTo);
        }
    }

    /// <summary>Tells whether a reference, as written, names an element: by its explicit id, its name, or the id its name derives (derived once).</summary>
    private static Func<string, bool> RefersTo(string? explicitId, string name)
    {
        var derived = explicitId is null ? ElementIds.FromName(name) : null;
        return reference => reference == explicitId || reference == name || reference == derived;
    }

    private int IndexOfTransition(string transition, string paramName)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(transition, paramName);
        var index = StageBuilder.Find(_transitions, transition, t => t.Slot.Explicit, t => t.Name);
        return index >= 0 ? index : throw new ArgumentException($"The map has no transition with the id '{transition}'.", paramName);
    }

    private int IndexOfPersona(string persona, string paramName)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(persona, paramName);
        var index = StageBuilder.Find(_personas, persona, p => p.Slot.Explicit, p => p.NameText);
        return index >= 0
            ? index
            : throw new ArgumentException($"The map has no persona '{persona}'. Its personas: {string.Join(", ", _personas.Take(10).Select(p => $"'{p.NameText}'"))}.", paramName);
    }

    private JourneyMapBuilder MoveEntry<T>(Catalog<T> catalog, string reference, int position, string what, string paramName)
        where T : class, ICatalogEntry
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(reference, paramName);
        return catalog.Move(reference, position) ? this : throw NoEntry(catalog, reference, what, paramName);
    }

    private static ArgumentException NoEntry<T>(Catalog<T> catalog, string reference, string what, string paramName)
        where T : class, ICatalogEntry =>
        new($"The catalog has no {what} '{reference}'. Its {what}s: {string.Join(", ", catalog.Entries.Take(10).Select(e => $"'{e.NameText}'"))}.", paramName);
}
