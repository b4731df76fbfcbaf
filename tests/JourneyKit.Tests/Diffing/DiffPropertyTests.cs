using FsCheck;
using FsCheck.Fluent;
using JourneyKit.Diffing;
using JourneyKit.Tests.Support;

namespace JourneyKit.Tests.Diffing;

/// <summary>The laws of compare, apply and invert, over random maps and random revisions of them.</summary>
public class DiffPropertyTests
{
    private static readonly Config Thorough = Config.QuickThrowOnFailure.WithMaxTest(300);
    private static readonly Arbitrary<int> Seeds = ArbMap.Default.ArbFor<int>();

    private static (JourneyMap Before, JourneyMap After) Revisions(int seed)
    {
        var before = RandomMaps.Build(seed, maxStages: 5, maxStepsPerStage: 5);
        var after = Math.Abs(seed % 4) == 0
            ? RandomMaps.Build(seed / 4, maxStages: 5, maxStepsPerStage: 5)
            : MapEdits.Edit(before, seed, 1 + Math.Abs(seed % 9));
        return (before, after);
    }

    [Fact]
    public void Apply_DiffOfAnyTwoRevisions_GivesTheNewerRevision() =>
        Prop.ForAll(Seeds, seed =>
        {
            var (before, after) = Revisions(seed);
            return JourneyDiff.Apply(before, JourneyDiff.Compare(before, after)) == after;
        }).Check(Thorough);

    [Fact]
    public void Apply_InvertedDiffToTheNewerRevision_GivesTheOlderRevision() =>
        Prop.ForAll(Seeds, seed =>
        {
            var (before, after) = Revisions(seed);
            var diff = JourneyDiff.Compare(before, after);
            return JourneyDiff.Apply(JourneyDiff.Apply(before, diff), diff.Invert()) == before && diff.Invert().Invert() == diff;
        }).Check(Thorough);

    [Fact]
    public void Compare_EqualMapsBuiltApart_GivesAnEmptyDiff() =>
        Prop.ForAll(Seeds, seed => JourneyDiff.Compare(RandomMaps.Build(seed), RandomMaps.Build(seed)).IsEmpty).Check(Thorough);

    [Fact]
    public void Compare_SameRevisionsTwice_GivesTheSameChangesInTheSameOrder() =>
        Prop.ForAll(Seeds, seed =>
        {
            var (before, after) = Revisions(seed);
            return JourneyDiff.Compare(before, after) == JourneyDiff.Compare(before, after);
        }).Check(Thorough);
}
