namespace JourneyKit.Rendering;

/// <summary>The lanes a rendered map shows under its stages and steps; combine them with <c>|</c>.</summary>
[Flags]
public enum MapLanes
{
    /// <summary>Only the stages and steps.</summary>
    None = 0,

    /// <summary>The touchpoints of each step, with their channels.</summary>
    Touchpoints = 1,

    /// <summary>What the customer does.</summary>
    Actions = 2,

    /// <summary>What the customer thinks and asks.</summary>
    Thoughts = 4,

    /// <summary>The emotion curve through the steps' scores, with a neutral line and the feelings in words.</summary>
    Emotions = 8,

    /// <summary>Pain points, by severity.</summary>
    PainPoints = 16,

    /// <summary>Opportunities, with impact, effort and status.</summary>
    Opportunities = 32,

    /// <summary>The owner and metrics of each step.</summary>
    OwnersAndMetrics = 64,

    /// <summary>The back stage (systems, processes, people) below the line of visibility.</summary>
    BackStage = 128,

    /// <summary>Every lane.</summary>
    All = Touchpoints | Actions | Thoughts | Emotions | PainPoints | Opportunities | OwnersAndMetrics | BackStage,
}
