using JourneyKit.Localization;

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

    /// <summary>Gets the conflict as one readable sentence in English: <see cref="Describe"/> in <see cref="JourneyLanguage.English"/>.</summary>
    public string Message => Describe(JourneyLanguage.English);

    /// <summary>Describes the conflict as one readable sentence in a language, with both changes as <see cref="JourneyChange.Describe"/> writes them.</summary>
    /// <param name="language">The language to write in, such as <see cref="JourneyLanguage.German"/>.</param>
    /// <returns>The sentence: why the changes conflict, then ours and theirs.</returns>
    public string Describe(JourneyLanguage language)
    {
        ArgumentNullException.ThrowIfNull(language);
        var nothing = language["Conflict.Nothing"];
        return language.Format("Conflict.Message", language["Conflict." + Kind], Ours?.Describe(language) ?? nothing, Theirs?.Describe(language) ?? nothing);
    }

    /// <inheritdoc />
    public override string ToString() => $"{Message} [{(IsResolved ? "resolved" : "unresolved")}: {Resolution.ToString().ToLowerInvariant()}]";

    /// <summary>Makes the fingerprint of a conflict without making the conflict.</summary>
    internal static string FingerprintOf(ConflictKind kind, JourneyChange? ours, JourneyChange? theirs) => $"{kind}|{ours?.Fingerprint}|{theirs?.Fingerprint}";
}
