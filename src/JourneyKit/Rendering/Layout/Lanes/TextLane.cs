using static JourneyKit.Rendering.Layout.LayoutMetrics;

namespace JourneyKit.Rendering.Layout.Lanes;

/// <summary>A lane of one list of texts per step (what the customer does, or thinks); in a visual diff, the texts added and removed.</summary>
internal sealed class TextLane(MapLanes option, string name, BlockKind kind, Func<Step, ValueList<string>> texts, bool quoted) : BlockLane(name, option)
{
    protected override void Fill(LayoutContext context, Column column, Step step, Step? old, Cell cell)
    {
        // Quotes are added when drawing; the text wraps as if they were there.
        var width = quoted ? context.BlockTextWidth - (2 * TextWrap.NarrowEm * FontSize) : context.BlockTextWidth;
        var items = texts(step);
        var earlier = old is null ? (ValueList<string>?)null : texts(old);
        var before = earlier is { } list ? new Membership(list) : null;
        foreach (var item in items)
        {
            var added = before is not null && !before.Contains(item);
            cell.Add(new Block(kind, context.Wrap(item, width, FontSize), default, column.Ghost ? Mark.Removed : added ? Mark.Added : Mark.None, null, Quoted: quoted));
        }

        if (earlier is not { IsEmpty: false } removedFrom)
        {
            return;
        }

        var now = new Membership(items);
        foreach (var item in removedFrom)
        {
            if (!now.Contains(item))
            {
                cell.Add(new Block(kind, context.Wrap(item, width, FontSize), default, Mark.Removed, null, Quoted: quoted));
            }
        }
    }
}
