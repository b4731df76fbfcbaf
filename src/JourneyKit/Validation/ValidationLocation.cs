using JourneyKit.Localization;

namespace JourneyKit.Validation;

/// <summary>
/// Where an issue is: the path by ids (<c>/stages/pay/steps/pay-by-card</c>), a readable path
/// (<c>Stage 'Pay' &gt; Step 'Pay by card'</c>) and the id of the element, which suppressions match.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record ValidationLocation
{
    private readonly ValueList<(string Key, string Label)> _parts;
    private readonly string? _property;

    private ValidationLocation(JourneyPath path, ValueList<(string Key, string Label)> parts, string elementId, string? property = null)
    {
        Path = path;
        _parts = parts;
        _property = property;
        Description = Describe(JourneyLanguage.English);
        ElementId = elementId;
    }

    /// <summary>Gets the path by ids.</summary>
    public JourneyPath Path { get; }

    /// <summary>Gets the readable path, with names.</summary>
    public string Description { get; }

    /// <summary>Gets the id of the element the issue is about.</summary>
    public string ElementId { get; }

    /// <summary>Returns the location of the map itself.</summary>
    /// <param name="map">The map.</param>
    /// <returns>The location.</returns>
    public static ValidationLocation Of(JourneyMap map)
    {
        ArgumentNullException.ThrowIfNull(map);
        return new(JourneyPath.Root, [("Location.Map", map.Title)], map.Id);
    }

    /// <summary>Returns the location of a stage.</summary>
    /// <param name="stage">The stage.</param>
    /// <returns>The location.</returns>
    public static ValidationLocation Of(Stage stage)
    {
        ArgumentNullException.ThrowIfNull(stage);
        return new(JourneyPath.Root.Element("stages", stage.Id), [("Location.Stage", stage.Name)], stage.Id);
    }

    /// <summary>Returns the location of a step.</summary>
    /// <param name="stage">The stage that holds the step.</param>
    /// <param name="step">The step.</param>
    /// <returns>The location.</returns>
    public static ValidationLocation Of(Stage stage, Step step)
    {
        ArgumentNullException.ThrowIfNull(step);
        var parent = Of(stage);
        return new(parent.Path.Element("steps", step.Id), [.. parent._parts, ("Location.Step", step.Name)], step.Id);
    }

    /// <summary>Returns the location of a pain point.</summary>
    /// <param name="stage">The stage that holds the step.</param>
    /// <param name="step">The step that holds the pain point.</param>
    /// <param name="painPoint">The pain point.</param>
    /// <returns>The location.</returns>
    public static ValidationLocation Of(Stage stage, Step step, PainPoint painPoint)
    {
        ArgumentNullException.ThrowIfNull(painPoint);
        var parent = Of(stage, step);
        return new(parent.Path.Element("painPoints", painPoint.Id), [.. parent._parts, ("Location.PainPoint", painPoint.Description)], painPoint.Id);
    }

    /// <summary>Returns the location of an opportunity.</summary>
    /// <param name="stage">The stage that holds the step.</param>
    /// <param name="step">The step that holds the opportunity.</param>
    /// <param name="opportunity">The opportunity.</param>
    /// <returns>The location.</returns>
    public static ValidationLocation Of(Stage stage, Step step, Opportunity opportunity)
    {
        ArgumentNullException.ThrowIfNull(opportunity);
        var parent = Of(stage, step);
        return new(parent.Path.Element("opportunities", opportunity.Id), [.. parent._parts, ("Location.Opportunity", opportunity.Title)], opportunity.Id);
    }

    /// <summary>Returns the location of a metric of a stage, or of a step when <paramref name="step"/> is given.</summary>
    /// <param name="stage">The stage that holds the metric or its step.</param>
    /// <param name="step">The step that holds the metric, or <see langword="null"/> for a stage's metric.</param>
    /// <param name="metric">The metric.</param>
    /// <returns>The location.</returns>
    public static ValidationLocation Of(Stage stage, Step? step, Metric metric)
    {
        ArgumentNullException.ThrowIfNull(metric);
        var parent = step is null ? Of(stage) : Of(stage, step);
        return new(parent.Path.Element("metrics", metric.Id), [.. parent._parts, ("Location.Metric", metric.Name)], metric.Id);
    }

    /// <summary>Returns the location of a back-stage item.</summary>
    /// <param name="stage">The stage that holds the step.</param>
    /// <param name="step">The step that holds the item.</param>
    /// <param name="item">The back-stage item.</param>
    /// <returns>The location.</returns>
    public static ValidationLocation Of(Stage stage, Step step, BackStageItem item)
    {
        ArgumentNullException.ThrowIfNull(item);
        var parent = Of(stage, step);
        return new(parent.Path.Element("backStage", item.Id), [.. parent._parts, ("Location.BackStageItem", item.Name)], item.Id);
    }

    /// <summary>Returns the location of a piece of evidence.</summary>
    /// <param name="stage">The stage that holds the step.</param>
    /// <param name="step">The step that holds the evidence.</param>
    /// <param name="evidence">The evidence.</param>
    /// <returns>The location.</returns>
    public static ValidationLocation Of(Stage stage, Step step, Evidence evidence)
    {
        ArgumentNullException.ThrowIfNull(evidence);
        var parent = Of(stage, step);
        return new(parent.Path.Element("evidence", evidence.Id), [.. parent._parts, ("Location.Evidence", evidence.Text)], evidence.Id);
    }

    /// <summary>Returns the location of a persona.</summary>
    /// <param name="persona">The persona.</param>
    /// <returns>The location.</returns>
    public static ValidationLocation Of(Persona persona)
    {
        ArgumentNullException.ThrowIfNull(persona);
        return new(JourneyPath.Root.Element("personas", persona.Id), [("Location.Persona", persona.Name)], persona.Id);
    }

    /// <summary>Returns the location of a catalog touchpoint.</summary>
    /// <param name="touchpoint">The touchpoint.</param>
    /// <returns>The location.</returns>
    public static ValidationLocation Of(Touchpoint touchpoint)
    {
        ArgumentNullException.ThrowIfNull(touchpoint);
        return new(JourneyPath.Root.Element("touchpoints", touchpoint.Id), [("Location.Touchpoint", touchpoint.Name)], touchpoint.Id);
    }

    /// <summary>Returns the location of a catalog channel.</summary>
    /// <param name="channel">The channel.</param>
    /// <returns>The location.</returns>
    public static ValidationLocation Of(Channel channel)
    {
        ArgumentNullException.ThrowIfNull(channel);
        return new(JourneyPath.Root.Element("channels", channel.Id), [("Location.Channel", channel.Name)], channel.Id);
    }

    /// <summary>Returns the location of a catalog owner.</summary>
    /// <param name="owner">The owner.</param>
    /// <returns>The location.</returns>
    public static ValidationLocation Of(Owner owner)
    {
        ArgumentNullException.ThrowIfNull(owner);
        return new(JourneyPath.Root.Element("owners", owner.Id), [("Location.Owner", owner.Name)], owner.Id);
    }

    /// <summary>Returns the location of a transition.</summary>
    /// <param name="transition">The transition.</param>
    /// <returns>The location.</returns>
    public static ValidationLocation Of(Transition transition)
    {
        ArgumentNullException.ThrowIfNull(transition);
        return new(JourneyPath.Root.Element("transitions", transition.Id), [("Location.Transition", transition.Id)], transition.Id);
    }

    /// <summary>Returns a location under this one, for a property such as <c>description</c>.</summary>
    /// <param name="property">The property's name.</param>
    /// <returns>The location, for the same element.</returns>
    public ValidationLocation Property(string property) => new(Path.Property(property), _parts, ElementId, property);

    /// <summary>
    /// The readable path in a language, as messages of the report write it: <c>Phase „Pay“ &gt; Schritt „Pays“</c>. The
    /// element words come from the language, the names stay as written.
    /// </summary>
    internal string Describe(JourneyLanguage language)
    {
        var text = string.Join(" > ", _parts.Select(p => language.Format(p.Key, p.Label)));
        return _property is null ? text : language.Format("Location.Property", text, language.TextOr("Property." + _property, _property));
    }

    /// <inheritdoc />
    public override string ToString() => $"{Description} [{Path}]";
}
