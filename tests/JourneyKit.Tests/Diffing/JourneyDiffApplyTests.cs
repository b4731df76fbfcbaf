using JourneyKit.Diffing;
using JourneyKit.Tests.Support;

namespace JourneyKit.Tests.Diffing;

public class JourneyDiffApplyTests
{
    private static readonly JourneyMap Before = DiffMaps.Lunch();

    private static readonly JourneyMap After = DiffMaps.Lunch(m => m
        .EditStage("Choose", s => s.EditStep("Reads the menu", st => st.Description("Reads the specials")).RemoveStep("Queues"))
        .EditStage("Pay", s => s.Step("Queues", st => st.Emotion(-2).PainPoint("The queue is long", PainSeverity.Critical)).Goal("Pay fast")));

    [Fact]
    public void Apply_DiffToItsBase_GivesTheNewerRevisionAndLeavesTheBaseAsItWas()
    {
        var snapshot = DiffMaps.Lunch();

        var result = JourneyDiff.Apply(Before, JourneyDiff.Compare(Before, After));

        result.Should().Be(After);
        Before.Should().Be(snapshot);
    }

    [Fact]
    public void Apply_InvertedDiffToTheNewerRevision_GivesTheBase()
    {
        var diff = JourneyDiff.Compare(Before, After);

        JourneyDiff.Apply(After, diff.Invert()).Should().Be(Before);
    }

    [Fact]
    public void Apply_MapThatDriftedFromTheBase_ThrowsWithEveryDriftAndChangesNothing()
    {
        var diff = JourneyDiff.Compare(Before, After);
        var drifted = DiffMaps.Lunch(m => m
            .EditStage("Choose", s => s.EditStep("Reads the menu", st => st.Description("Someone else's words")).RemoveStep("Queues"))
            .EditStage("Pay", s => s.Step("Queues", st => st.Emotion(-1))));

        var apply = () => JourneyDiff.Apply(drifted, diff);

        var drift = apply.Should().Throw<JourneyPatchException>().Which.Drift;
        drift.Select(d => d.Message).Should().Contain(
        [
            "description is \"Someone else's words\", not \"Looks at today's dishes\"",
            "the element is in stage pay, not stage choose",
        ]);
        drift.Should().OnlyContain(d => diff.Changes.Contains(d.Change));
    }

    [Fact]
    public void FindDrift_DiffAgainstItsBase_IsEmpty()
    {
        JourneyDiff.FindDrift(Before, JourneyDiff.Compare(Before, After)).Should().BeEmpty();
    }

    [Fact]
    public void Apply_AdditionOfAnIdTheMapAlreadyHas_ReportsDrift()
    {
        var diff = JourneyDiff.Compare(Before, DiffMaps.Lunch(m => m.Owner("Cashier")));

        var apply = () => JourneyDiff.Apply(DiffMaps.Lunch(m => m.Owner("Cashier")), diff);

        apply.Should().Throw<JourneyPatchException>().Which.Drift.Should().ContainSingle()
            .Which.Message.Should().Be("the map already has an owner with id 'cashier'");
    }

    [Fact]
    public void Apply_RemovalOfAnElementChangedSince_ReportsDriftInsteadOfDroppingTheChange()
    {
        var diff = JourneyDiff.Compare(Before, DiffMaps.Lunch(m => m.EditStage("Pay", s => s.RemoveStep("Gets a receipt"))));
        var edited = DiffMaps.Lunch(m => m.EditStage("Pay", s => s.EditStep("Gets a receipt", st => st.Thought("Do I need it?"))));

        JourneyDiff.FindDrift(edited, diff).Should().ContainSingle().Which.Message.Should().Be("the element was changed since the diff was made");
    }

    [Fact]
    public void Invert_Twice_GivesTheSameDiff()
    {
        var diff = JourneyDiff.Compare(Before, After);

        diff.Invert().Invert().Should().Be(diff);
    }
}
