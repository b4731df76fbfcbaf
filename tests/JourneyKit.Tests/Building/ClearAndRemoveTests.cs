namespace JourneyKit.Tests.Building;

/// <summary>Clearing values and removing references while editing: by id or name, and with errors that say what there is.</summary>
public class ClearAndRemoveTests
{
    private static JourneyMap Lunch() => JourneyMap.Create("Lunch")
        .Persona("Student", p => p.Goal("Eat quickly", "Eat well").Frustration("Queues", "Cold food"))
        .Touchpoint("Menu board").Touchpoint("Till")
        .Stage("Order", s => s
            .Step("Reads the menu", st => st
                .Via("Menu board", "Till")
                .Metric("Time at the board", m => m.Unit("s").Target(30).Actual(12))
                .PainPoint("Hard to read")
                .Opportunity("Larger font", o => o.Addresses("Hard to read")))
            .Step("Pays"))
        .Branch("reads-the-menu", "pays", label: "Decided", share: 0.7m, id: "decided")
        .Build();

    [Fact]
    public void RemoveVia_ByNameWhenTheStepHoldsTheId_StopsUsingTheTouchpoint()
    {
        var edited = Lunch().ToBuilder().EditStage("order", s => s.EditStep("reads-the-menu", st => st.RemoveVia("Till"))).Build();

        edited.FindStep("reads-the-menu")!.TouchpointIds.Should().Equal("menu-board");
        edited.Touchpoints.Select(t => t.Id).Should().Equal("menu-board", "till");
    }

    [Fact]
    public void RemoveVia_TouchpointTheStepDoesNotUse_ThrowsListingTheOnesItDoes()
    {
        var act = () => Lunch().ToBuilder().EditStage("order", s => s.EditStep("reads-the-menu", st => st.RemoveVia("Kiosk")));

        act.Should().Throw<ArgumentException>().WithMessage("Step 'Reads the menu' has no touchpoint 'Kiosk'; it has 'menu-board', 'till'.*");
    }

    [Fact]
    public void RemoveAddressed_ByDescription_KeepsThePainPoint()
    {
        var edited = Lunch().ToBuilder()
            .EditStage("order", s => s.EditStep("reads-the-menu", st => st.EditOpportunity("larger-font", o => o.RemoveAddressed("Hard to read"))))
            .Build();

        edited.FindStep("reads-the-menu")!.Opportunities[0].AddressedPainPointIds.Should().BeEmpty();
        edited.FindPainPoint("hard-to-read").Should().NotBeNull();
    }

    [Fact]
    public void MetricClears_LeaveOnlyWhatIsKept()
    {
        var edited = Lunch().ToBuilder()
            .EditStage("order", s => s.EditStep("reads-the-menu", st => st.EditMetric("time-at-the-board", m => m.ClearActual().ClearTarget())))
            .Build();

        var metric = edited.FindStep("reads-the-menu")!.Metrics[0];
        (metric.Unit, metric.Target, metric.Actual).Should().Be(("s", (decimal?)null, (decimal?)null));
    }

    [Fact]
    public void PersonaRemovals_RemoveTheFirstWithThatText()
    {
        var persona = Lunch().ToBuilder().EditPersona("student", p => p.RemoveGoal("Eat well").RemoveFrustration("Queues")).Build().Personas[0];

        persona.Goals.Should().Equal("Eat quickly");
        persona.Frustrations.Should().Equal("Cold food");
    }

    [Fact]
    public void RemoveDemographic_UnknownKey_ThrowsNamingThePersona()
    {
        var act = () => Lunch().ToBuilder().EditPersona("student", p => p.RemoveDemographic("age"));

        act.Should().Throw<ArgumentException>().WithMessage("Persona 'Student' has no demographic fact 'age'.*");
    }

    [Fact]
    public void RemoveProperty_KeyNotSet_ChangesNothing()
    {
        var map = Lunch();

        map.ToBuilder().RemoveProperty("crm").EditStage("order", s => s.RemoveProperty("crm")).Build().Should().Be(map);
    }

    [Fact]
    public void EditTransition_MadeAnExit_NoLongerLeadsToAStep()
    {
        var edited = Lunch().ToBuilder().EditTransition("decided", t => t.Kind(TransitionKind.Exit).ClearShare()).Build();

        var transition = edited.Transitions.Single();
        (transition.Id, transition.Kind, transition.ToStepId, transition.Label, transition.Share).Should().Be(("decided", TransitionKind.Exit, (string?)null, "Decided", (decimal?)null));
    }

    [Fact]
    public void EditTransition_UnknownId_Throws()
    {
        var act = () => Lunch().ToBuilder().EditTransition("undecided", t => t.ClearLabel());

        act.Should().Throw<ArgumentException>().WithMessage("The map has no transition with the id 'undecided'.*");
    }

    [Fact]
    public void MoveMetric_PositionPastTheLast_ThrowsNamingThePosition()
    {
        var act = () => Lunch().ToBuilder().EditStage("order", s => s.EditStep("reads-the-menu", st => st.MoveMetric("time-at-the-board", 1)));

        act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("position");
    }

    [Fact]
    public void MoveTouchpoint_ByName_ReordersTheCatalogAndKeepsTheSteps()
    {
        var map = Lunch();

        var edited = map.ToBuilder().MoveTouchpoint("Till", 0).Build();

        edited.Touchpoints.Select(t => t.Id).Should().Equal("till", "menu-board");
        edited.Stages.Should().Equal(map.Stages);
    }

    [Fact]
    public void MoveChannel_Unknown_ThrowsListingTheCatalog()
    {
        var act = () => Lunch().ToBuilder().MoveChannel("Radio", 0);

        act.Should().Throw<ArgumentException>().WithMessage("The catalog has no channel 'Radio'. Its channels: .*");
    }
}
