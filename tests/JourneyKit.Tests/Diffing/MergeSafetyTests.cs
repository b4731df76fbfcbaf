using JourneyKit.Diffing;
using JourneyKit.Tests.Support;

namespace JourneyKit.Tests.Diffing;

/// <summary>Merge is clean for identical sides, costs linear memory in its conflicts, and resolving reuses the comparisons.</summary>
public class MergeSafetyTests
{
    private static JourneyMap Steps(int count, string? description = null) =>
        JourneyMap.Create("Many").Stage("All", s =>
        {
            for (var i = 0; i < count; i++)
            {
                var n = i;
                s.Step($"Step {n}", st =>
                {
                    if (description is not null)
                    {
                        st.Description($"{description} {n}");
                    }
                });
            }
        }).Build();

    [Fact]
    public void Merge_SideMovesAStepOutAndRemovesItsStageOnBothSides_IsClean()
    {
        var @base = JourneyMap.Create("Lunch")
            .Stage("Choose", s => s.Step("Reads the menu").Step("Queues"))
            .Stage("Pay", s => s.Step("Pays"))
            .Build();
        var moved = JourneyMap.Create("Lunch")
            .Stage("Pay", s => s.Step("Queues").Step("Pays"))
            .Build();

        var result = JourneyDiff.Merge(@base, moved, moved);

        result.Conflicts.Should().BeEmpty();
        result.Merged.Should().Be(moved);
    }

    [Fact]
    public void Merge_OursEditsAStepTheirsMovesItOutAndRemovesItsStage_KeepsBothWithoutConflicts()
    {
        var @base = JourneyMap.Create("Lunch")
            .Stage("Choose", s => s.Step("Reads the menu").Step("Queues"))
            .Stage("Pay", s => s.Step("Pays"))
            .Build();
        var ours = JourneyMap.Create("Lunch")
            .Stage("Choose", s => s.Step("Reads the menu").Step("Queues", st => st.Description("The queue is long")))
            .Stage("Pay", s => s.Step("Pays"))
            .Build();
        var theirs = JourneyMap.Create("Lunch").Stage("Pay", s => s.Step("Queues").Step("Pays")).Build();

        var result = JourneyDiff.Merge(@base, ours, theirs);

        result.Conflicts.Should().BeEmpty("the edited step lives on in the stage it moved to");
        result.Merged.Should().Be(JourneyMap.Create("Lunch").Stage("Pay", s => s.Step("Queues", st => st.Description("The queue is long")).Step("Pays")).Build());
    }

    [Fact]
    public void Merge_SidesThatTogetherBreakTheScale_ThrowsWithTheProblem()
    {
        var @base = JourneyMap.Create("Lunch").Stage("Pay", s => s.Step("Queues", st => st.Emotion(-1)).Step("Pays", st => st.Emotion(0))).Build();
        var ours = JourneyMap.Create("Lunch").EmotionScale(-1, 1).Stage("Pay", s => s.Step("Queues", st => st.Emotion(-1)).Step("Pays", st => st.Emotion(0))).Build();
        var theirs = JourneyMap.Create("Lunch").Stage("Pay", s => s.Step("Queues", st => st.Emotion(-1)).Step("Pays", st => st.Emotion(-2))).Build();

        var error = FluentActions.Invoking(() => JourneyDiff.Merge(@base, ours, theirs)).Should().Throw<JourneyPatchException>().Which;

        error.Problems.Should().ContainSingle().Which.Path.Value.Should().Be("/stages/pay/steps/pays/emotion");
    }

    [Fact]
    public void Merge_IdenticalSides_IsCleanForAThousandRandomRevisions()
    {
        for (var seed = 0; seed < 1_000; seed++)
        {
            var @base = RandomMaps.Build(seed, maxStages: 5, maxStepsPerStage: 5);
            var edited = MapEdits.Edit(@base, seed, 1 + (seed % 9));

            var result = JourneyDiff.Merge(@base, edited, edited);

            result.Conflicts.Should().BeEmpty($"seed {seed} merged with itself");
            result.Merged.Should().Be(edited, $"seed {seed}");
        }
    }

    [Fact]
    public void Merge_ManyConflicts_AllocatesLinearly()
    {
        static void MergeConflicting(int n)
        {
            var result = JourneyDiff.Merge(Steps(n), Steps(n, "Ours"), Steps(n, "Theirs"));
            result.Conflicts.Should().HaveCount(n);
        }

        Growth.AllocationRatio(400, MergeConflicting).Should().BeLessThan(6, "four times the conflicts must cost about four times the memory");
    }

    [Fact]
    public void Resolve_OneConflictOfMany_CostsLessThanMergingAgain()
    {
        var (@base, ours, theirs) = (Steps(1_000), Steps(1_000, "Ours"), Steps(1_000, "Theirs"));
        var result = JourneyDiff.Merge(@base, ours, theirs);
        var merging = Growth.AllocatedBy(() => JourneyDiff.Merge(@base, ours, theirs));

        MergeResult? resolved = null;
        var resolving = Growth.AllocatedBy(() => resolved = result.Resolve(result.Conflicts[0], ConflictResolution.Theirs));

        resolved!.Merged.Steps[0].Description.Should().Be("Theirs 0");
        resolved.Merged.Steps.Skip(1).Should().OnlyContain(s => s.Description!.StartsWith("Ours", StringComparison.Ordinal));
        resolving.Should().BeLessThan(merging, "resolving reuses both comparisons with the base");
    }
}
