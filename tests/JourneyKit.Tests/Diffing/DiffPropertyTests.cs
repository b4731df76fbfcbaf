using FsCheck.Xunit;
using JourneyKit.Diffing;
using JourneyKit.Tests.Support;

namespace JourneyKit.Tests.Diffing;

/// <summary>The laws of compare, apply and invert, over random maps and random revisions of them.</summary>
public class DiffPropertyTests
{
    private static (JourneyMap Before, JourneyMap After) Revisions(int seed)
    {
        var before = RandomMaps.Build(seed, maxStages: 5, maxStepsPerStage: 5);
        var after = Math.Abs(seed % 4) == 0
            ? RandomMaps.Build(seed / 4, maxStages: 5, maxStepsPerStage: 5)
            : MapEdits.Edit(before, seed, 1 + Math.Abs(seed % 9));
        return (before, after);
    }

    [Property(MaxTest = 300)]
    public bool Apply_DiffOfAnyTwoRevisions_GivesTheNewerRevision(int seed)
    {
        var (before, after) = Revisions(seed);
        return JourneyDiff.Apply(before, JourneyDiff.Compare(before, after)) == after;
    }

    [Property(MaxTest = 300)]
    public bool Apply_InvertedDiffToTheNewerRevision_GivesTheOlderRevision(int seed)
    {
        var (before, after) = Revisions(seed);
        var diff = JourneyDiff.Compare(before, after);
        return JourneyDiff.Apply(JourneyDiff.Apply(before, diff), diff.Invert()) == before && diff.Invert().Invert() == diff;
    }

    [Property(MaxTest = 300)]
    public bool Compare_EqualMapsBuiltApart_GivesAnEmptyDiff(int seed) => JourneyDiff.Compare(RandomMaps.Build(seed), RandomMaps.Build(seed)).IsEmpty;

    [Property(MaxTest = 300)]
    public bool Compare_SameRevisionsTwice_GivesTheSameChangesInTheSameOrder(int seed)
    {
        var (before, after) = Revisions(seed);
        return JourneyDiff.Compare(before, after) == JourneyDiff.Compare(before, after);
    }
}
