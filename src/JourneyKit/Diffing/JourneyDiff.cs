using System.Text;
using JourneyKit.Diffing.Comparing;
using JourneyKit.Diffing.Patching;

namespace JourneyKit.Diffing;

/// <summary>
/// The changes between two revisions of a map: what was added, removed, renamed, changed, moved and reordered.
/// Compare revisions with <see cref="Compare"/>, turn one into the other with <see cref="Apply"/>, undo with
/// <see cref="Invert"/>, and combine two lines of edits with <see cref="Merge"/>.
/// </summary>
/// <remarks>Immutable and thread-safe; equal when the changes are equal and in the same order.</remarks>
public sealed record JourneyDiff
{
    internal JourneyDiff(ValueList<JourneyChange> changes) => Changes = changes;

    /// <summary>Gets the diff with no changes.</summary>
    public static JourneyDiff Empty { get; } = new(ValueList<JourneyChange>.Empty);

    /// <summary>Gets the changes, in a fixed order: the same two maps always give the same changes in the same order.</summary>
    public ValueList<JourneyChange> Changes { get; }

    /// <summary>Gets whether the two revisions are the same (under the options used).</summary>
    public bool IsEmpty => Changes.IsEmpty;

    /// <summary>Compares two revisions of a map.</summary>
    /// <param name="before">The older revision.</param>
    /// <param name="after">The newer revision.</param>
    /// <param name="options">What to pay attention to; <see cref="DiffOptions.Default"/> when omitted.</param>
    /// <returns>The changes that turn <paramref name="before"/> into <paramref name="after"/>.</returns>
    /// <exception cref="ArgumentNullException">A map is null.</exception>
    public static JourneyDiff Compare(JourneyMap before, JourneyMap after, DiffOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);
        return new(Differ.Compare(before, after, options ?? DiffOptions.Default));
    }

    /// <summary>Applies a diff to the map it was made from, giving a new map; the map passed in is not changed.</summary>
    /// <param name="map">The diff's base: the older revision it was made from.</param>
    /// <param name="diff">The changes to make.</param>
    /// <returns>The changed map; for a diff made by <c>Compare(a, b)</c> with default options, a map equal to <c>b</c>.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="JourneyPatchException">
    /// The map is not the diff's base: an old value, parent or position differs. Every such change is listed in
    /// <see cref="JourneyPatchException.Drift"/>, and no change is made. Or the result would break a rule every map obeys
    /// (the rules <see cref="Building.JourneyMapBuilder.Build"/> enforces: unique and valid ids, references that resolve, scores on
    /// the scale, readable names): every violation is listed in <see cref="JourneyPatchException.Problems"/> with its path.
    /// </exception>
    public static JourneyMap Apply(JourneyMap map, JourneyDiff diff)
    {
        ArgumentNullException.ThrowIfNull(map);
        ArgumentNullException.ThrowIfNull(diff);
        var (result, drift, problems) = Patcher.Apply(map, diff.Changes.AsSpan().ToArray());
        return result ?? throw (drift.Count > 0 ? new JourneyPatchException(drift) : new JourneyPatchException(problems));
    }

    /// <summary>Lists the changes of a diff that do not fit a map, without applying anything.</summary>
    /// <param name="map">The map to check against.</param>
    /// <param name="diff">The diff.</param>
    /// <returns>
    /// Every change whose old value, parent or position differs in <paramref name="map"/>, or that the diff makes twice;
    /// empty when the changes fit. A diff that fits can still fail to apply when its result would break a rule of the
    /// model (see <see cref="Apply"/>).
    /// </returns>
    public static ValueList<PatchDrift> FindDrift(JourneyMap map, JourneyDiff diff)
    {
        ArgumentNullException.ThrowIfNull(map);
        ArgumentNullException.ThrowIfNull(diff);
        return ValueList.From(Patcher.Apply(map, diff.Changes.AsSpan().ToArray()).Drift);
    }

    /// <summary>Returns the diff that undoes this one: <c>Apply(Apply(a, d), d.Invert())</c> equals <c>a</c>.</summary>
    /// <returns>The inverse diff.</returns>
    public JourneyDiff Invert() => new(ValueList.From(Changes.Select(c => c.Invert())));

    /// <summary>Merges two revisions made from a common base: changes made on one side are kept, changes made on both must agree.</summary>
    /// <param name="base">The revision both sides started from.</param>
    /// <param name="ours">Our revision.</param>
    /// <param name="theirs">Their revision.</param>
    /// <param name="options">
    /// What the comparisons of each side with the base pay attention to; <see cref="DiffOptions.Default"/> when omitted.
    /// A difference the options ignore is no change, so it is not merged: with <see cref="DiffOptions.IgnoreRevision"/>,
    /// for example, both sides may record a new revision without a conflict, and the merged map keeps the base's.
    /// </param>
    /// <returns>The merged map and the conflicts; unresolved conflicts keep our side until resolved.</returns>
    /// <exception cref="ArgumentNullException">A map is null.</exception>
    /// <exception cref="JourneyPatchException">
    /// The two sides' changes, each sound on its own, together break a rule every map obeys (for example, ours narrows
    /// the emotion scale and theirs sets a score outside the narrower scale); <see cref="JourneyPatchException.Problems"/>
    /// lists each problem with its path. Merge again after changing one side.
    /// </exception>
    public static MergeResult Merge(JourneyMap @base, JourneyMap ours, JourneyMap theirs, DiffOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(@base);
        ArgumentNullException.ThrowIfNull(ours);
        ArgumentNullException.ThrowIfNull(theirs);
        return Merging.Merger.Merge(@base, ours, theirs, options, new Dictionary<string, ConflictResolution>());
    }

    /// <summary>Returns the changes as plain text, one per line.</summary>
    /// <returns>The text; "No changes." for an empty diff.</returns>
    public override string ToString()
    {
        if (IsEmpty)
        {
            return "No changes.";
        }

        var text = new StringBuilder();
        text.Append(Changes.Count).Append(Changes.Count == 1 ? " change:" : " changes:");
        foreach (var change in Changes)
        {
            text.AppendLine().Append("- ").Append(change.Description);
        }

        return text.ToString();
    }
}
