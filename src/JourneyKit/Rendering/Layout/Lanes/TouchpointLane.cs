using static JourneyKit.Rendering.Layout.LayoutMetrics;

namespace JourneyKit.Rendering.Layout.Lanes;

/// <summary>The touchpoints of each step with their channels; in a visual diff, those the step gained or lost.</summary>
internal sealed class TouchpointLane() : BlockLane("Lane.Touchpoints", MapLanes.Touchpoints)
{
    protected override void Fill(LayoutContext context, Column column, Step step, Step? old, Cell cell)
    {
        var width = context.BlockTextWidth;
        var before = old is null ? null : new Membership(old.TouchpointIds);
        foreach (var id in step.TouchpointIds)
        {
            var added = before is not null && !before.Contains(id);
            cell.Add(new Block(BlockKind.Touchpoint, context.Wrap(context.TouchpointText(id), width, FontSize, remember: true), default, column.Ghost ? Mark.Removed : added ? Mark.Added : Mark.None, null));
        }

        if (old is null || old.TouchpointIds.IsEmpty)
        {
            return;
        }

        var now = new Membership(step.TouchpointIds);
        foreach (var id in old.TouchpointIds)
        {
            if (!now.Contains(id))
            {
                cell.Add(new Block(BlockKind.Touchpoint, context.Wrap(context.TouchpointText(id), width, FontSize, remember: true), default, Mark.Removed, null));
            }
        }
    }
}
