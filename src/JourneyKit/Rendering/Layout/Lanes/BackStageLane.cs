using JourneyKit.Presentation;
using static JourneyKit.Rendering.Layout.LayoutMetrics;

namespace JourneyKit.Rendering.Layout.Lanes;

/// <summary>The back stage of each step (systems, processes, people), below the line of visibility.</summary>
internal sealed class BackStageLane() : BlockLane("Lane.BackStage", MapLanes.BackStage, belowLineOfVisibility: true)
{
    protected override void Fill(LayoutContext context, Column column, Step step, Step? old, Cell cell)
    {
        if (old is null)
        {
            foreach (var item in step.BackStage)
            {
                Add(context, item, column.Ghost, cell);
            }

            return;
        }

        foreach (var (item, ghost) in WithRemoved(context, column, step.BackStage, old))
        {
            Add(context, item, ghost, cell);
        }
    }

    private static void Add(LayoutContext context, BackStageItem item, bool ghost, Cell cell)
    {
        var width = context.BlockTextWidth;
        var lines = context.Wrap(item.Name, width, FontSize);
        if (item.Description is { } description)
        {
            lines = lines.Concat(context.Wrap(description, width, FontSize));
        }

        cell.Add(new Block(BlockKind.BackStageItem, lines, context.Badge(MapText.BackStageKind(item.Kind, context.Language), width - 5), context.MarkOf(ghost, ElementKind.BackStageItem, item.Id),
            context.Marks.Details(ElementKind.BackStageItem, item.Id), 5));
    }
}
