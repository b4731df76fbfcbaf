namespace JourneyKit.Diffing;

/// <summary>Why two lines of edits could not both be kept.</summary>
public enum ConflictKind
{
    /// <summary>Both sides changed the same property of the same element to different values.</summary>
    PropertyChangedDifferently,

    /// <summary>One side changed an element (or something inside it) that the other side removed.</summary>
    ModifiedAndRemoved,

    /// <summary>Both sides moved the same element, to different parents.</summary>
    MovedToDifferentParents,

    /// <summary>One side moved an element (or its parent) that the other side removed.</summary>
    MovedAndRemoved,

    /// <summary>Both sides moved the same element within its list, to different places.</summary>
    ReorderedDifferently,

    /// <summary>One side added or moved an element into a parent that the other side removed.</summary>
    AddedUnderRemovedParent,

    /// <summary>Both sides added an element with the same id but different content or place.</summary>
    SameIdAddedDifferently,

    /// <summary>One side removed an element that the other side's changes refer to.</summary>
    DanglingReference,
}

/// <summary>Which side of a conflict the merge keeps.</summary>
public enum ConflictResolution
{
    /// <summary>Keep our change and drop theirs; what an unresolved conflict does until it is resolved.</summary>
    Ours,

    /// <summary>Keep their change and drop ours.</summary>
    Theirs,
}
