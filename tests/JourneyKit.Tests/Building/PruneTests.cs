using JourneyKit.Validation;

namespace JourneyKit.Tests.Building;

/// <summary>Prune leaves out the catalog entries nothing refers to, so an edited map equals the one written from scratch.</summary>
public class PruneTests
{
    private static JourneyMap Lunch() => JourneyMap.Create("Lunch")
        .Channel("App")
        .Touchpoint("Order screen", t => t.OnChannel("App"))
        .Stage("Choose", s => s.OwnedBy("Canteen").Step("Reads the menu", st => st.Via("Menu board")))
        .Stage("Pay", s => s
            .Step("Orders ahead", st => st.Via("Order screen").OwnedBy("App team"))
            .Step("Pays", st => st.Via("Till", "Menu board")))
        .Build();

    [Fact]
    public void Prune_AfterRemoveStep_LeavesOutWhatOnlyThatStepUsed()
    {
        var edited = Lunch().ToBuilder().EditStage("pay", s => s.RemoveStep("orders-ahead")).Prune().Build();

        edited.Touchpoints.Select(t => t.Id).Should().Equal("menu-board", "till");
        edited.Channels.Should().BeEmpty("only the order screen was in the app");
        edited.Owners.Select(o => o.Id).Should().Equal("canteen");
        edited.Validate().Issues.Select(i => i.RuleId).Should().NotContain(["JK1017", "JK1018", "JK1019"]);
    }

    [Fact]
    public void Prune_AfterRemoveStep_EqualsTheRevisionWrittenFromScratch()
    {
        var edited = Lunch().ToBuilder().EditStage("pay", s => s.RemoveStep("orders-ahead")).Prune().Build();

        edited.Should().Be(JourneyMap.Create("Lunch")
            .Stage("Choose", s => s.OwnedBy("Canteen").Step("Reads the menu", st => st.Via("Menu board")))
            .Stage("Pay", s => s.Step("Pays", st => st.Via("Till", "Menu board")))
            .Build());
    }

    [Fact]
    public void Build_WithoutPrune_KeepsEveryDeclaredEntry()
    {
        var edited = Lunch().ToBuilder().EditStage("pay", s => s.RemoveStep("orders-ahead")).Build();

        edited.Touchpoints.Select(t => t.Id).Should().Equal("order-screen", "menu-board", "till");
        edited.Channels.Select(c => c.Id).Should().Equal("app");
        edited.Owners.Select(o => o.Id).Should().Equal("canteen", "app-team");
    }

    [Fact]
    public void Prune_EntriesInUse_AllStay()
    {
        var map = Lunch();

        map.ToBuilder().Prune().Build().Should().Be(map);
    }
}
