using JourneyKit.Presentation;
using static JourneyKit.Rendering.Layout.LayoutMetrics;

namespace JourneyKit.Rendering.Layout.Lanes;

/// <summary>The pain points of each step, the most severe first, with a bar as thick as the severity and an evidence count.</summary>
internal sealed class PainPointLane() : BlockLane("Lane.PainPoints", MapLanes.PainPoints)
{
    protected override void Fill(LayoutContext context, Column column, Step step, Step? old, Cell cell)
    {
        if (old is null && step.PainPoints.Count <= 1)
        {
            foreach (var pain in step.PainPoints)
            {
                Add(context, pain, column.Ghost, cell);
            }

            return;
        }

        var pains = WithRemoved(context, column, step.PainPoints, old);
        pains.Sort((a, b) => b.Element.Severity.CompareTo(a.Element.Severity));
        foreach (var (pain, ghost) in pains)
        {
            Add(context, pain, ghost, cell);
        }
    }

    private static void Add(LayoutContext context, PainPoint pain, bool ghost, Cell cell)
    {
        var width = context.BlockTextWidth;
        var bar = 3 + ((int)pain.Severity * 2);
        cell.Add(new Block(BlockKind.PainPoint, context.Wrap(pain.Description, width, FontSize), context.Badge(MapText.Severity(pain.Severity, context.Language) + MapText.EvidenceMarker(pain, context.Language), width - bar),
            context.MarkOf(ghost, ElementKind.PainPoint, pain.Id), context.Marks.Details(ElementKind.PainPoint, pain.Id), bar));
    }
}
