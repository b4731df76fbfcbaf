namespace JourneyKit.Walking;

/// <summary>
/// Receives the elements of a map from <see cref="MapWalker"/>, in document order. Override the methods for the
/// elements you need; the others do nothing.
/// </summary>
/// <remarks>
/// The walk visits the map, its personas, channels, owners and touchpoints, then each stage followed by its metrics and
/// its steps, each step followed by its pain points, opportunities, metrics, back-stage items and evidence, then the transitions,
/// and ends with <see cref="EndMap"/>.
/// </remarks>
public abstract class MapVisitor
{
    /// <summary>Returns whether the visitor looks at elements of a kind; the walker asks once per kind at the start of a walk and skips the kinds it declines (<see cref="VisitMap"/> and <see cref="EndMap"/> are always called).</summary>
    /// <param name="kind">The kind of element.</param>
    /// <returns><see langword="true"/>, unless overridden: overriding it saves calls on large maps.</returns>
    public virtual bool Visits(ElementKind kind) => true;

    /// <summary>Visits the map, before any of its elements.</summary>
    /// <param name="map">The map.</param>
    public virtual void VisitMap(JourneyMap map)
    {
    }

    /// <summary>Visits a persona.</summary>
    /// <param name="persona">The persona.</param>
    /// <param name="place">Where it sits.</param>
    public virtual void VisitPersona(Persona persona, in MapPlace place)
    {
    }

    /// <summary>Visits a channel of the catalog.</summary>
    /// <param name="channel">The channel.</param>
    /// <param name="place">Where it sits.</param>
    public virtual void VisitChannel(Channel channel, in MapPlace place)
    {
    }

    /// <summary>Visits an owner of the catalog.</summary>
    /// <param name="owner">The owner.</param>
    /// <param name="place">Where it sits.</param>
    public virtual void VisitOwner(Owner owner, in MapPlace place)
    {
    }

    /// <summary>Visits a touchpoint of the catalog.</summary>
    /// <param name="touchpoint">The touchpoint.</param>
    /// <param name="place">Where it sits.</param>
    public virtual void VisitTouchpoint(Touchpoint touchpoint, in MapPlace place)
    {
    }

    /// <summary>Visits a stage, before its metrics and steps.</summary>
    /// <param name="stage">The stage.</param>
    /// <param name="place">Where it sits.</param>
    public virtual void VisitStage(Stage stage, in MapPlace place)
    {
    }

    /// <summary>Visits a step, before its pain points, opportunities, metrics, back-stage items and evidence.</summary>
    /// <param name="step">The step.</param>
    /// <param name="place">Where it sits; <see cref="MapPlace.Stage"/> is the stage that holds it.</param>
    public virtual void VisitStep(Step step, in MapPlace place)
    {
    }

    /// <summary>Visits a pain point.</summary>
    /// <param name="painPoint">The pain point.</param>
    /// <param name="place">Where it sits: its stage and step.</param>
    public virtual void VisitPainPoint(PainPoint painPoint, in MapPlace place)
    {
    }

    /// <summary>Visits an opportunity.</summary>
    /// <param name="opportunity">The opportunity.</param>
    /// <param name="place">Where it sits: its stage and step.</param>
    public virtual void VisitOpportunity(Opportunity opportunity, in MapPlace place)
    {
    }

    /// <summary>Visits a metric of a stage or of a step.</summary>
    /// <param name="metric">The metric.</param>
    /// <param name="place">Where it sits: its stage, and its step unless it measures the whole stage.</param>
    public virtual void VisitMetric(Metric metric, in MapPlace place)
    {
    }

    /// <summary>Visits a back-stage item.</summary>
    /// <param name="item">The item.</param>
    /// <param name="place">Where it sits: its stage and step.</param>
    public virtual void VisitBackStageItem(BackStageItem item, in MapPlace place)
    {
    }

    /// <summary>Visits a piece of evidence behind a step.</summary>
    /// <param name="evidence">The evidence.</param>
    /// <param name="place">Where it sits: its stage and step.</param>
    public virtual void VisitEvidence(Evidence evidence, in MapPlace place)
    {
    }

    /// <summary>Visits a transition between steps.</summary>
    /// <param name="transition">The transition.</param>
    /// <param name="place">Where it sits.</param>
    public virtual void VisitTransition(Transition transition, in MapPlace place)
    {
    }

    /// <summary>Ends the walk, after every element of the map.</summary>
    /// <param name="map">The map.</param>
    public virtual void EndMap(JourneyMap map)
    {
    }
}
