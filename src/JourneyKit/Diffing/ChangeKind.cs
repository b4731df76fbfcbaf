namespace JourneyKit.Diffing;

/// <summary>What happened to an element between two revisions.</summary>
public enum ChangeKind
{
    /// <summary>The element is new; <see cref="JourneyChange.After"/> holds it.</summary>
    Added,

    /// <summary>The element is gone; <see cref="JourneyChange.Before"/> holds it.</summary>
    Removed,

    /// <summary>The element's name changed, and with it perhaps its id (see <see cref="JourneyChange.PreviousId"/>).</summary>
    Renamed,

    /// <summary>One property changed from <see cref="JourneyChange.Before"/> to <see cref="JourneyChange.After"/>.</summary>
    PropertyChanged,

    /// <summary>The element moved to another parent, such as a step to another stage.</summary>
    Moved,

    /// <summary>The element moved within its parent; only the fewest elements that explain the new order are reported.</summary>
    Reordered,
}
