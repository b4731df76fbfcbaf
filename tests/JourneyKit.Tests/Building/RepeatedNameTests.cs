using JourneyKit.Tests.Support;

namespace JourneyKit.Tests.Building;

/// <summary>Names repeated thousands of times get numbered ids in linear time and memory (issue 12's reproducers).</summary>
public class RepeatedNameTests
{
    private static JourneyMap StepsNamed(string name, int count) =>
        JourneyMap.Create("Waiting").Stage("Queue", s =>
        {
            for (var i = 0; i < count; i++)
            {
                s.Step(name);
            }
        }).Build();

    private static JourneyMap PainPointsNamed(string description, int count) =>
        JourneyMap.Create("Slow").Stage("Browse", s => s.Step("Opens the shop", st =>
        {
            for (var i = 0; i < count; i++)
            {
                st.PainPoint(description);
            }
        })).Build();

    [Fact]
    public void Build_20000StepsWithOneName_NumbersTheIdsInOrder()
    {
        var map = StepsNamed("Wait", 20_000);

        var ids = map.Steps.Select(s => s.Id).ToList();
        ids.Should().HaveCount(20_000).And.OnlyHaveUniqueItems();
        ids.Take(3).Should().Equal("wait", "wait-2", "wait-3");
        ids[^1].Should().Be("wait-20000");
    }

    [Fact]
    public void Build_StepsWithOneName_AllocatesLinearly()
    {
        Growth.AllocationRatio(4_000, n => StepsNamed("Wait", n)).Should().BeLessThan(6, "four times the steps must cost about four times the memory");
    }

    [Fact]
    public void Build_PainPointsWithOneDescription_AllocatesLinearly()
    {
        var map = PainPointsNamed("Slow page", 20_000);

        map.Steps.Single().PainPoints.Select(p => p.Id).Should().OnlyHaveUniqueItems().And.EndWith("slow-page-20000");
        Growth.AllocationRatio(4_000, n => PainPointsNamed("Slow page", n)).Should().BeLessThan(6);
    }

    [Fact]
    public void Build_NumberedNameTakenExplicitly_SkipsThatNumber()
    {
        var map = JourneyMap.Create("Waiting").Stage("Queue", s => s.Step("Wait", st => st.Id("wait-2")).Step("Wait").Step("Wait").Step("Wait")).Build();

        map.Steps.Select(s => s.Id).Should().Equal("wait-2", "wait", "wait-3", "wait-4");
    }

    /// <summary>Finding a catalog entry declared again allocates nothing, so its cost is measured by ScalingBenchmarks, not here.</summary>
    [Fact]
    public void Touchpoint_ManyCatalogEntriesDeclaredAgain_KeepsEachOnceInOrder()
    {
        var builder = JourneyMap.Create("Catalog");
        for (var i = 0; i < 20_000; i++)
        {
            builder.Touchpoint($"Touchpoint {i}").Touchpoint($"Touchpoint {i / 2}", t => t.Description($"Seen again at {i}"));
        }

        var touchpoints = builder.Build().Touchpoints;

        touchpoints.Should().HaveCount(20_000);
        touchpoints[0].Description.Should().Be("Seen again at 1");
        touchpoints[^1].Name.Should().Be("Touchpoint 19999");
    }

    [Fact]
    public void Touchpoint_DeclaredByAnIdAnotherEntryTookLater_FindsTheFirstEntryInDeclarationOrder()
    {
        var map = JourneyMap.Create("Catalog")
            .Touchpoint("Web")
            .Touchpoint("app")
            .Touchpoint("Web", t => t.Id("app"))
            .Touchpoint("app", t => t.Description("The first entry whose id or name is 'app'"))
            .Build();

        map.FindTouchpoint("app")!.Name.Should().Be("Web");
        map.FindTouchpoint("app")!.Description.Should().Be("The first entry whose id or name is 'app'");
    }

    [Fact]
    public void Touchpoint_DeclaredAgainAfterRename_FindsTheEntryByItsNewName()
    {
        var map = JourneyMap.Create("Catalog")
            .Touchpoint("Web", t => t.Name("Website"))
            .Touchpoint("Website", t => t.Description("The shop"))
            .Build();

        map.Touchpoints.Should().ContainSingle().Which.Description.Should().Be("The shop");
    }

    [Fact]
    public void Step_ManyTouchpointsListedTwice_ReportsEachRepeatOnce()
    {
        var act = () => JourneyMap.Create("Lists").Stage("Browse", s => s.Step("Opens", st =>
        {
            for (var i = 0; i < 5_000; i++)
            {
                st.Via($"T{i}");
            }

            st.Via("T7").Via("T9");
        })).Build();

        act.Should().Throw<JourneyKit.Building.JourneyMapBuildException>().Which.Problems.Select(p => p.Message)
            .Should().Equal("Step 'Opens' uses the touchpoint 't7' twice; list it once.", "Step 'Opens' uses the touchpoint 't9' twice; list it once.");
    }
}
