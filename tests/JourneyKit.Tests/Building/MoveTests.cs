using JourneyKit.Diffing;
using JourneyKit.Tests.Support;

namespace JourneyKit.Tests.Building;

/// <summary>Moving stages and steps while editing: ids and contents stay, and the diff reports a move.</summary>
public class MoveTests
{
    [Fact]
    public void MoveStep_ToAnotherStage_KeepsItsIdAndContentsAndDiffsAsAMove()
    {
        var map = DiffMaps.Lunch();
        var queues = map.FindStep("queues")!;

        var next = map.ToBuilder().MoveStep("Queues", toStage: "Pay", position: 0).Build();

        next.FindStageOf("queues")!.Id.Should().Be("pay");
        next.Stages[1].Steps.Select(s => s.Id).Should().Equal("queues", "pays-at-the-till", "gets-a-receipt");
        next.FindStep("queues").Should().Be(queues, "the step moves whole");
        JourneyDiff.Compare(map, next).Changes.Should().ContainSingle(c => c.ElementId == "queues").Which.Kind.Should().Be(ChangeKind.Moved);
    }

    [Fact]
    public void MoveStep_WithoutPosition_GoesLast()
    {
        var next = DiffMaps.Lunch().ToBuilder().MoveStep("reads-the-menu", toStage: "pay").Build();

        next.Stages.Select(s => s.Steps.Select(st => st.Id)).Should().BeEquivalentTo(
            new[] { new[] { "queues", "picks-a-dish" }, ["pays-at-the-till", "gets-a-receipt", "reads-the-menu"] }, o => o.WithStrictOrdering());
    }

    [Fact]
    public void MoveStep_EqualsTheRevisionWrittenFromScratch()
    {
        var moved = JourneyMap.Create("m").Stage("A", s => s.Step("One").Step("Two")).Stage("B", s => s.Step("Three"))
            .MoveStep("Two", toStage: "B", position: 0)
            .Build();

        moved.Should().Be(JourneyMap.Create("m").Stage("A", s => s.Step("One")).Stage("B", s => s.Step("Two").Step("Three")).Build());
    }

    [Fact]
    public void MoveStep_WithinItsStage_Reorders()
    {
        var map = DiffMaps.Lunch();

        var next = map.ToBuilder().EditStage("choose", s => s.MoveStep("picks-a-dish", 0)).Build();

        next.Stages[0].Steps.Select(s => s.Id).Should().Equal("picks-a-dish", "reads-the-menu", "queues");
        JourneyDiff.Compare(map, next).Changes.Should().OnlyContain(c => c.Kind == ChangeKind.Reordered || c.Kind == ChangeKind.Moved);
    }

    [Fact]
    public void MoveStage_ToFirst_ReordersTheStagesWithTheirSteps()
    {
        var next = DiffMaps.Lunch().ToBuilder().MoveStage("Pay", 0).Build();

        next.Stages.Select(s => s.Id).Should().Equal("pay", "choose");
        next.Stages[0].Steps.Should().HaveCount(2);
    }

    [Fact]
    public void MoveStep_UnknownStepOrStage_ThrowsNamingIt()
    {
        var builder = DiffMaps.Lunch().ToBuilder();

        builder.Invoking(b => b.MoveStep("Dances", "pay")).Should().Throw<ArgumentException>().WithParameterName("step").WithMessage("*'Dances'*'Reads the menu'*");
        builder.Invoking(b => b.MoveStep("queues", "Eat")).Should().Throw<ArgumentException>().WithParameterName("toStage").WithMessage("*'Eat'*");
    }

    [Fact]
    public void MoveStep_PositionOutsideTheStage_ThrowsAndMovesNothing()
    {
        var map = DiffMaps.Lunch();
        var builder = map.ToBuilder();

        builder.Invoking(b => b.MoveStep("queues", "pay", position: 3)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("position");
        builder.Invoking(b => b.EditStage("choose", s => s.MoveStep("queues", 3))).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("position");
        builder.Invoking(b => b.MoveStage("pay", -1)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("position");
        builder.Build().Should().Be(map);
    }
}
