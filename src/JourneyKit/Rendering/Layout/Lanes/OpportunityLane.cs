using static JourneyKit.Rendering.Layout.LayoutMetrics;

namespace JourneyKit.Rendering.Layout.Lanes;

/// <summary>The opportunities of each step, the highest impact and then the least effort first, with their owners.</summary>
internal sealed class OpportunityLane() : BlockLane("Lane.Opportunities", MapLanes.Opportunities)
{
    protected override void Fill(LayoutContext context, Column column, Step step, Step? old, Cell cell)
    {
        if (old is null && step.Opportunities.Count <= 1)
        {
            foreach (var opportunity in step.Opportunities)
            {
                Add(context, opportunity, column.Ghost, cell);
            }

            return;
        }

        var opportunities = WithRemoved(context, column, step.Opportunities, old);
        opportunities.Sort((a, b) => b.Element.Impact != a.Element.Impact ? b.Element.Impact.CompareTo(a.Element.Impact) : a.Element.Effort.CompareTo(b.Element.Effort));
        foreach (var (opportunity, ghost) in opportunities)
        {
            Add(context, opportunity, ghost, cell);
        }
    }

    private static void Add(LayoutContext context, Opportunity opportunity, bool ghost, Cell cell)
    {
        var width = context.BlockTextWidth;
        var lines = context.Wrap(opportunity.Title, width, FontSize);
        if (opportunity.OwnerId is { } owner)
        {
            lines = lines.Concat(context.Wrap(context.OwnerText(owner), width, FontSize, remember: true));
        }

        cell.Add(new Block(BlockKind.Opportunity, lines, context.Badge(context.OpportunityFacts(opportunity), width - 5), context.MarkOf(ghost, ElementKind.Opportunity, opportunity.Id),
            context.Marks.Details(ElementKind.Opportunity, opportunity.Id), 5));
    }
}
