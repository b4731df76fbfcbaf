namespace JourneyKit.Diffing;

/// <summary>The outcome of a three-way merge: the merged map and every conflict, with the side each one follows.</summary>
/// <remarks>Immutable and thread-safe. Resolve a conflict with <see cref="Resolve"/> to merge again with that choice.</remarks>
public sealed class MergeResult
{
    private readonly Merging.Merger.Inputs _inputs;
    private readonly IReadOnlyDictionary<string, ConflictResolution> _choices;

    internal MergeResult(
        JourneyMap merged, ValueList<MergeConflict> conflicts, Merging.Merger.Inputs inputs, IReadOnlyDictionary<string, ConflictResolution> choices)
    {
        Merged = merged;
        Conflicts = conflicts;
        _inputs = inputs;
        _choices = choices;
    }

    /// <summary>Gets the merged map: every change from both sides, and for each conflict the side it follows.</summary>
    public JourneyMap Merged { get; }

    /// <summary>Gets the conflicts found, resolved or not.</summary>
    public ValueList<MergeConflict> Conflicts { get; }

    /// <summary>Gets whether every conflict has a chosen side (or there were none).</summary>
    public bool IsClean => Conflicts.All(c => c.IsResolved);

    /// <summary>Merges again with the side chosen for one conflict; choices made before are kept.</summary>
    /// <param name="conflict">One of <see cref="Conflicts"/>.</param>
    /// <param name="resolution">The side to keep.</param>
    /// <returns>The new result.</returns>
    /// <exception cref="ArgumentException"><paramref name="conflict"/> is not a conflict of this merge.</exception>
    /// <exception cref="JourneyPatchException">With this choice, the kept changes together break a rule every map obeys; see <see cref="JourneyDiff.Merge"/>.</exception>
    public MergeResult Resolve(MergeConflict conflict, ConflictResolution resolution)
    {
        ArgumentNullException.ThrowIfNull(conflict);
        if (!Conflicts.Any(c => c.Fingerprint == conflict.Fingerprint))
        {
            throw new ArgumentException($"The conflict is not one of this merge's: {conflict.Message}", nameof(conflict));
        }

        var choices = new Dictionary<string, ConflictResolution>(_choices) { [conflict.Fingerprint] = resolution };
        return Merging.Merger.Merge(_inputs, choices);
    }

    /// <summary>Merges again with one side chosen for every conflict not yet resolved.</summary>
    /// <param name="resolution">The side to keep.</param>
    /// <returns>The new result, with no unresolved conflict.</returns>
    /// <exception cref="JourneyPatchException">With these choices, the kept changes together break a rule every map obeys; see <see cref="JourneyDiff.Merge"/>.</exception>
    public MergeResult ResolveAll(ConflictResolution resolution)
    {
        var result = this;
        for (var round = 0; round < 8 && !result.IsClean; round++)
        {
            var choices = new Dictionary<string, ConflictResolution>(result._choices);
            foreach (var conflict in result.Conflicts.Where(c => !c.IsResolved))
            {
                choices[conflict.Fingerprint] = resolution;
            }

            result = Merging.Merger.Merge(_inputs, choices);
        }

        return result;
    }

    /// <inheritdoc />
    public override string ToString() => Conflicts.IsEmpty
        ? "Merged without conflicts."
        : $"Merged with {Conflicts.Count} conflict{(Conflicts.Count == 1 ? "" : "s")}:" + Environment.NewLine
            + string.Join(Environment.NewLine, Conflicts.Select(c => "- " + c));
}
