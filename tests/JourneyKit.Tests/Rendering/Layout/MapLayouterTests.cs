using JourneyKit.Diffing;
using JourneyKit.Rendering;
using JourneyKit.Rendering.Layout;
using JourneyKit.Samples.Maps;
using JourneyKit.Tests.Support;

namespace JourneyKit.Tests.Rendering.Layout;

public class MapLayouterTests
{
    private static readonly RenderOptions Options = RenderOptions.Default;

    [Fact]
    public void Lay_AllLanes_InTheTableOrderLeavingOutEmptyOnes()
    {
        var map = OnlineShoePurchase.Build();
        map.Steps.Should().OnlyContain(s => s.Actions.IsEmpty, "the sample records no actions, so the Doing lane has nothing to show");

        using var layout = MapLayouter.Lay(map, Options);

        layout.Lanes.Select(l => l.Name).Should().Equal("Steps", "Feeling", "Touchpoints", "Thinking", "Pain points", "Opportunities", "Owners & metrics", "Back stage");
    }

    [Fact]
    public void Lay_OptionsHideLanes_ShowsStepsAndTheChosenLanesOnly()
    {
        using var layout = MapLayouter.Lay(OnlineShoePurchase.Build(), Options with { Lanes = MapLanes.PainPoints | MapLanes.BackStage });

        layout.Lanes.Select(l => l.Name).Should().Equal("Steps", "Pain points", "Back stage");
    }

    [Fact]
    public void Lay_MapWithNothingButSteps_KeepsTheStepLaneAndDropsEmptyBlockLanes()
    {
        var map = JourneyMap.Create("Bare").Stage("Only", s => s.Step("One")).Build();

        using var layout = MapLayouter.Lay(map, Options);

        layout.Lanes.Select(l => l.Name).Should().Equal("Steps", "Feeling");
    }

    [Theory]
    [MemberData(nameof(SampleMaps.Names), MemberType = typeof(SampleMaps))]
    public void Lay_SampleMap_LanesFollowEachOtherDownThePage(string name)
    {
        using var layout = MapLayouter.Lay(SampleMaps.Named(name), Options);

        var top = layout.Stages.Y + layout.Stages.Height;
        foreach (var lane in layout.Lanes)
        {
            lane.Top.Should().BeGreaterThanOrEqualTo(top, $"lane '{lane.Name}' starts below the one above it");
            lane.Bottom.Should().BeGreaterThan(lane.Top);
            top = lane.Bottom;
        }

        layout.ColumnLines.Bottom.Should().Be(top);
        layout.Height.Should().BeGreaterThan(top);
    }

    [Theory]
    [MemberData(nameof(SampleMaps.Names), MemberType = typeof(SampleMaps))]
    public void Lay_SampleMap_BlocksStayInTheirLaneAndColumnWithoutOverlapping(string name)
    {
        using var layout = MapLayouter.Lay(SampleMaps.Named(name), Options);

        foreach (var lane in layout.Lanes.OfType<BlockLaneLayout>())
        {
            var blocks = lane.Blocks.All.ToArray();
            blocks.Should().NotBeEmpty();
            var columns = (int)Math.Round((layout.Grid.Right - layout.Grid.Left - LayoutMetrics.LabelWidth) / Options.ColumnWidth);
            foreach (var placed in blocks)
            {
                placed.Y.Should().BeGreaterThanOrEqualTo(lane.Top, $"a block of '{lane.Name}' starts inside the lane");
                (placed.Y + placed.Block.Height).Should().BeLessThanOrEqualTo(lane.Bottom, $"a block of '{lane.Name}' ends inside the lane");
                var column = Math.Floor((placed.X - layout.Grid.Left - LayoutMetrics.LabelWidth) / Options.ColumnWidth);
                column.Should().BeInRange(0, columns - 1, $"a block of '{lane.Name}' is in a column");
                var columnLeft = layout.Grid.Left + LayoutMetrics.LabelWidth + (column * Options.ColumnWidth);
                placed.X.Should().BeGreaterThan(columnLeft, $"a block of '{lane.Name}' starts inside its column");
                (placed.X + placed.Width).Should().BeLessThan(columnLeft + Options.ColumnWidth, $"a block of '{lane.Name}' ends inside its column");
            }

            foreach (var (upper, lower) in blocks.GroupBy(b => b.X).SelectMany(column => column.Zip(column.Skip(1))))
            {
                (upper.Y + upper.Block.Height).Should().BeLessThan(lower.Y, $"the blocks of a cell in '{lane.Name}' stack with a gap");
            }
        }
    }

    [Fact]
    public void Lay_BackStage_DrawsTheLineOfVisibilityAboveItOnly()
    {
        using var layout = MapLayouter.Lay(OnlineShoePurchase.Build(), Options);

        var lanes = layout.Lanes.OfType<BlockLaneLayout>().ToList();
        var backStage = lanes.Single(l => l.Name == "Back stage");
        var line = backStage.LineOfVisibility!.Value;
        line.Y.Should().BeLessThan(backStage.Top);
        (line.Left, line.Right).Should().Be(layout.Grid, "the line runs the width of the grid");
        lanes.Where(l => l != backStage).Should().OnlyContain(l => l.LineOfVisibility == null);
    }

    [Fact]
    public void LayDiff_RemovedStep_GetsAGhostColumnWhereItWas()
    {
        var before = DiffMaps.Lunch();
        var after = JourneyMap.Create("Buy lunch")
            .Stage("Choose", s => s.Step("Reads the menu").Step("Picks a dish"))
            .Stage("Pay", s => s.Step("Pays at the till").Step("Gets a receipt"))
            .Build();

        using var layout = MapLayouter.LayDiff(before, after, JourneyDiff.Compare(before, after), Options);

        var steps = layout.Lanes.OfType<BlockLaneLayout>().Single(l => l.Name == "Steps").Blocks.All.ToArray().Where(b => b.Block.Kind == BlockKind.Step).ToList();
        steps.Select(b => b.Block.Lines[0]).Should().Equal("Reads the menu", "Queues", "Picks a dish", "Pays at the till", "Gets a receipt");
        steps.Select(b => b.Block.Mark == Mark.Removed).Should().Equal(false, true, false, false, false);
        steps.Select(b => b.X).Should().BeInAscendingOrder();
    }
}
