using JourneyKit.Diffing;

namespace JourneyKit.Samples.Web.Revisions;

/// <summary>Merges two revisions made from the same base, applying the sides a person picked for the conflicts, by fingerprint.</summary>
public static class RevisionMerge
{
    /// <summary>Merges, then resolves each conflict that has a choice; conflicts without one stay open.</summary>
    public static MergeResult Merge(StoredRevision @base, StoredRevision ours, StoredRevision theirs, IReadOnlyDictionary<string, ConflictResolution> choices)
    {
        ArgumentNullException.ThrowIfNull(@base);
        ArgumentNullException.ThrowIfNull(ours);
        ArgumentNullException.ThrowIfNull(theirs);
        ArgumentNullException.ThrowIfNull(choices);
        var result = JourneyDiff.Merge(@base.Map, ours.Map, theirs.Map);

        // Resolving merges again, so each choice is looked up among the conflicts of the latest result.
        foreach (var (fingerprint, side) in choices)
        {
            if (result.Conflicts.FirstOrDefault(c => !c.IsResolved && c.Fingerprint == fingerprint) is { } conflict)
            {
                result = result.Resolve(conflict, side);
            }
        }

        return result;
    }

    /// <summary>Reads the choices from fields named <c>choice:&lt;fingerprint&gt;</c> with the value <c>ours</c> or <c>theirs</c>.</summary>
    public static Dictionary<string, ConflictResolution> Choices(IEnumerable<KeyValuePair<string, string>> fields) =>
        fields.Where(f => f.Key.StartsWith("choice:", StringComparison.Ordinal))
            .Select(f => (Fingerprint: f.Key["choice:".Length..], Side: f.Value switch { "ours" => ConflictResolution.Ours, "theirs" => ConflictResolution.Theirs, _ => (ConflictResolution?)null }))
            .Where(c => c.Side is not null)
            .ToDictionary(c => c.Fingerprint, c => c.Side!.Value, StringComparer.Ordinal);
}
