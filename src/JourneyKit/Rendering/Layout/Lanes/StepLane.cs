using JourneyKit.Presentation;
using static JourneyKit.Rendering.Layout.LayoutMetrics;

namespace JourneyKit.Rendering.Layout.Lanes;

/// <summary>The steps, always shown: each step's card (with a milestone and duration badge) and its description.</summary>
internal sealed class StepLane() : BlockLane("Lane.Steps", option: null)
{
    protected override void Fill(LayoutContext context, Column column, Step step, Step? old, Cell cell)
    {
        var width = context.BlockTextWidth;
        WrappedText badge = default;
        if (step.IsMilestone || step.Duration is not null)
        {
            var facts = new List<string>();
            if (step.IsMilestone)
            {
                facts.Add(context.Language["Step.Milestone"]);
            }

            if (step.Duration is { } duration)
            {
                facts.Add($"⏱ {MapText.Duration(duration, context.Language)}");
            }

            badge = context.Badge(string.Join(" · ", facts), width);
        }

        cell.Add(new Block(BlockKind.Step, context.Wrap(step.Name, width, 13 * Bold), badge, context.MarkOf(column.Ghost, ElementKind.Step, step.Id), context.Marks.Details(ElementKind.Step, step.Id)));
        if (step.Description is { } description)
        {
            cell.Add(new Block(BlockKind.Note, context.Wrap(description, width, FontSize), default, Mark.None, null));
        }
    }
}
