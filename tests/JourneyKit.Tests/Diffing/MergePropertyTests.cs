using FsCheck.Xunit;
using JourneyKit.Diffing;
using JourneyKit.Tests.Support;

namespace JourneyKit.Tests.Diffing;

/// <summary>The laws of three-way merge over random maps and random revisions of them.</summary>
public class MergePropertyTests
{
    private static JourneyMap Base(int seed) => RandomMaps.Build(seed, maxStages: 5, maxStepsPerStage: 5);

    [Property(MaxTest = 300)]
    public bool Merge_OnlyOneSideChanged_GivesThatSideWithoutConflicts(int seed)
    {
        var @base = Base(seed);
        var edited = MapEdits.Edit(@base, seed, 1 + Math.Abs(seed % 9));
        var ours = JourneyDiff.Merge(@base, edited, @base);
        var theirs = JourneyDiff.Merge(@base, @base, edited);
        return ours.Merged == edited && ours.Conflicts.IsEmpty && theirs.Merged == edited && theirs.Conflicts.IsEmpty;
    }

    [Property(MaxTest = 300)]
    public bool Merge_BothSidesMadeTheSameEdits_GivesThoseEditsWithoutConflicts(int seed)
    {
        var @base = Base(seed);
        var edited = MapEdits.Edit(@base, seed, 1 + Math.Abs(seed % 9));
        var result = JourneyDiff.Merge(@base, edited, MapEdits.Edit(@base, seed, 1 + Math.Abs(seed % 9)));
        return result.Merged == edited && result.Conflicts.IsEmpty;
    }

    [Property(MaxTest = 300)]
    public bool Merge_AnyTwoSoundRevisions_GivesASoundMap(int seed)
    {
        var @base = Base(seed);
        var result = JourneyDiff.Merge(@base, MapEdits.Edit(@base, seed, 4), MapEdits.Edit(@base, seed + 1, 4));
        var resolved = result.ResolveAll(ConflictResolution.Theirs);
        // The builder checks ids, references and scores: a merged map it rebuilds unchanged is sound.
        return result.Merged.ToBuilder().Build() == result.Merged
            && resolved.IsClean
            && resolved.Merged.ToBuilder().Build() == resolved.Merged;
    }
}
