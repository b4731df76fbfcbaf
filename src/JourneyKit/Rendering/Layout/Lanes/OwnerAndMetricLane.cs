using JourneyKit.Presentation;
using static JourneyKit.Rendering.Layout.LayoutMetrics;

namespace JourneyKit.Rendering.Layout.Lanes;

/// <summary>The owner and the metrics of each step.</summary>
internal sealed class OwnerAndMetricLane() : BlockLane("Lane.OwnersAndMetrics", MapLanes.OwnersAndMetrics)
{
    protected override void Fill(LayoutContext context, Column column, Step step, Step? old, Cell cell)
    {
        var width = context.BlockTextWidth;
        if (step.OwnerId is { } owner)
        {
            cell.Add(new Block(BlockKind.Owner, context.Wrap(context.OwnerText(owner), width, FontSize, remember: true), default, column.Ghost ? Mark.Removed : Mark.None, null));
        }

        if (step.Metrics.IsEmpty && old is null)
        {
            return;
        }

        foreach (var (metric, ghost) in WithRemoved(context, column, step.Metrics, old))
        {
            cell.Add(new Block(BlockKind.Metric, context.Wrap(MapText.Metric(metric, context.Language), width, FontSize), default, context.MarkOf(ghost, ElementKind.Metric, metric.Id), context.Marks.Details(ElementKind.Metric, metric.Id)));
        }
    }
}
