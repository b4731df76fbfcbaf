namespace JourneyKit.Tests.Building;

/// <summary>Clearing a step's values and removing its items while editing; the result equals the revision written from scratch.</summary>
public class StepEditingTests
{
    private static JourneyMap Lunch(Action<JourneyKit.Building.StepBuilder>? more = null) => JourneyMap.Create("Lunch")
        .Stage("Pay", s => s.Step("Pays", st =>
        {
            st.Description("At the till").OwnedBy("Canteen").Duration(TimeSpan.FromMinutes(2))
                .Action("Taps a card", "Takes the receipt").Thought("Quick?")
                .Evidence("Queue of 12 at noon", e => e.Id("noon-queue").Kind(EvidenceKind.Observation))
                .PainPoint("The queue is long", p => p.Cites("noon-queue"))
                .Opportunity("Open a second till", o => o.Addresses("the-queue-is-long"))
                .Metric("Time to pay")
                .BackStage("Card terminal");
            more?.Invoke(st);
        }))
        .Build();

    private static JourneyMap Edit(Action<JourneyKit.Building.StepBuilder> edit) =>
        Lunch().ToBuilder().EditStage("pay", s => s.EditStep("pays", edit)).Prune().Build();

    [Fact]
    public void ClearDescriptionOwnerAndDuration_LeaveThemUnset()
    {
        var step = Edit(st => st.ClearDescription().ClearOwner().ClearDuration()).FindStep("pays")!;

        (step.Description, step.OwnerId, step.Duration).Should().Be((null, null, null));
    }

    [Fact]
    public void RemoveActionAndThought_RemoveOnlyThatText()
    {
        var step = Edit(st => st.RemoveAction("Taps a card").RemoveThought("Quick?")).FindStep("pays")!;

        step.Actions.Should().Equal("Takes the receipt");
        step.Thoughts.Should().BeEmpty();
    }

    [Fact]
    public void RemoveChildren_ByIdOrText_EqualsTheStepWrittenWithoutThem()
    {
        var edited = Edit(st => st
            .RemoveOpportunity("Open a second till")
            .RemovePainPoint("the-queue-is-long")
            .RemoveEvidence("noon-queue")
            .RemoveMetric("Time to pay")
            .RemoveBackStage("card-terminal"));

        edited.Should().Be(JourneyMap.Create("Lunch")
            .Stage("Pay", s => s.Step("Pays", st => st.Description("At the till").OwnedBy("Canteen").Duration(TimeSpan.FromMinutes(2))
                .Action("Taps a card", "Takes the receipt").Thought("Quick?")))
            .Build());
    }

    [Fact]
    public void RemovePainPoint_StillAddressed_IsABuildProblemNamingTheReference()
    {
        var act = () => Edit(st => st.RemovePainPoint("The queue is long"));

        act.Should().Throw<JourneyKit.Building.JourneyMapBuildException>().WithMessage("*the-queue-is-long*");
    }

    [Fact]
    public void RemoveAction_UnknownText_ThrowsListingTheActions()
    {
        var act = () => Edit(st => st.RemoveAction("Dances"));

        act.Should().Throw<ArgumentException>().WithParameterName("action").WithMessage("*'Dances'*'Taps a card', 'Takes the receipt'*");
    }

    [Fact]
    public void RemoveAction_DoesNotChangeTheMapItWasEditedFrom()
    {
        var map = Lunch();

        map.ToBuilder().EditStage("pay", s => s.EditStep("pays", st => st.RemoveAction("Taps a card"))).Build();

        map.FindStep("pays")!.Actions.Should().Equal("Taps a card", "Takes the receipt");
    }
}
