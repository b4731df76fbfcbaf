namespace JourneyKit.Diffing;

/// <summary>Two changes, one from each side of a merge, that cannot both be kept.</summary>
/// <remarks>Immutable; equal when every property is equal.</remarks>
public sealed record MergeConflict
{
    internal MergeConflict(ConflictKind kind, JourneyChange? ours, JourneyChange? theirs, ConflictResolution resolution, bool isResolved)
    {
        Kind = kind;
        Ours = ours;
        Theirs = theirs;
        Resolution = resolution;
        IsResolved = isResolved;
        Fingerprint = FingerprintOf(kind, ours, theirs);
    }

    /// <summary>Gets why the changes conflict.</summary>
    public ConflictKind Kind { get; }

    /// <summary>Gets our change, as made on the base.</summary>
    public JourneyChange? Ours { get; }

    /// <summary>Gets their change, as made on the base.</summary>
    public JourneyChange? Theirs { get; }

    /// <summary>Gets the side the merged map follows: <see cref="ConflictResolution.Ours"/> until resolved otherwise.</summary>
    public ConflictResolution Resolution { get; }

    /// <summary>Gets whether someone chose the side, rather than the merge defaulting to ours.</summary>
    public bool IsResolved { get; }

    /// <summary>Gets the path of the element in conflict.</summary>
    public JourneyPath Path => (Ours ?? Theirs)!.Path;

    /// <summary>Gets a fingerprint that names this conflict across merges of the same revisions: its kind and both changes' fingerprints.</summary>
    public string Fingerprint { get; }

    /// <summary>Gets the conflict as one readable sentence.</summary>
    public string Message => $"{Describe(Kind)}: ours {Ours?.Description ?? "(nothing)"}; theirs {Theirs?.Description ?? "(nothing)"}";

    /// <inheritdoc />
    public override string ToString() => $"{Message} [{(IsResolved ? "resolved" : "unresolved")}: {Resolution.ToString().ToLowerInvariant()}]";

    /// <summary>Makes the fingerprint of a conflict without making the conflict.</summary>
    internal static string FingerprintOf(ConflictKind kind, JourneyChange? ours, JourneyChange? theirs) => $"{kind}|{ours?.Fingerprint}|{theirs?.Fingerprint}";

    private static string Describe(ConflictKind kind) => kind switch
    {
        ConflictKind.PropertyChangedDifferently => "Changed differently on both sides",
        ConflictKind.ModifiedAndRemoved => "Changed on one side, removed on the other",
        ConflictKind.MovedToDifferentParents => "Moved to different places",
        ConflictKind.MovedAndRemoved => "Moved on one side, removed on the other",
        ConflictKind.ReorderedDifferently => "Reordered differently",
        ConflictKind.AddedUnderRemovedParent => "Added into something the other side removed",
        ConflictKind.SameIdAddedDifferently => "Added on both sides with the same id but different content",
        _ => "Refers to something the other side removed",
    };
}
