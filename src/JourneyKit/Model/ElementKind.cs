namespace JourneyKit;

/// <summary>The kinds of element a change can be about.</summary>
public enum ElementKind
{
    /// <summary>The map itself: its title, description and other top-level properties.</summary>
    Map,

    /// <summary>A <see cref="JourneyKit.Persona"/>.</summary>
    Persona,

    /// <summary>A <see cref="JourneyKit.Stage"/>.</summary>
    Stage,

    /// <summary>A <see cref="JourneyKit.Step"/>.</summary>
    Step,

    /// <summary>A <see cref="JourneyKit.PainPoint"/>.</summary>
    PainPoint,

    /// <summary>An <see cref="JourneyKit.Opportunity"/>.</summary>
    Opportunity,

    /// <summary>A <see cref="JourneyKit.Metric"/> of a stage or a step.</summary>
    Metric,

    /// <summary>A <see cref="JourneyKit.BackStageItem"/>.</summary>
    BackStageItem,

    /// <summary>A <see cref="JourneyKit.Touchpoint"/> of the map's catalog.</summary>
    Touchpoint,

    /// <summary>A <see cref="JourneyKit.Channel"/> of the map's catalog.</summary>
    Channel,

    /// <summary>An <see cref="JourneyKit.Owner"/> of the map's catalog.</summary>
    Owner,

    /// <summary>A <see cref="JourneyKit.Transition"/> between steps.</summary>
    Transition,

    /// <summary>A piece of <see cref="JourneyKit.Evidence"/> behind a step.</summary>
    Evidence,
}
