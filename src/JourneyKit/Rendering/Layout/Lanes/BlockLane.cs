using static JourneyKit.Rendering.Layout.LayoutMetrics;

namespace JourneyKit.Rendering.Layout.Lanes;

/// <summary>A lane of blocks stacked in each step's cell; the lane is as tall as its tallest cell.</summary>
internal abstract class BlockLane(string nameKey, MapLanes? option, bool belowLineOfVisibility = false) : Lane(nameKey, option)
{
    /// <summary>Adds the blocks of one step's cell; <paramref name="old"/> is the step in the earlier revision of a visual diff.</summary>
    protected abstract void Fill(LayoutContext context, Column column, Step step, Step? old, Cell cell);

    public override LaneLayout? Lay(LayoutContext context, IReadOnlyList<Column> columns, double top)
    {
        // Most cells hold a few blocks: room for four each saves copying the pooled array as it grows.
        var blocks = new PlacedBlocks(columns.Count * 4);
        try
        {
            return Lay(context, columns, top, blocks);
        }
        catch
        {
            blocks.Dispose();
            throw;
        }
    }

    private BlockLaneLayout? Lay(LayoutContext context, IReadOnlyList<Column> columns, double top, PlacedBlocks blocks)
    {
        VisibilityLine? line = null;
        var y = top;
        if (belowLineOfVisibility)
        {
            var lineY = y + 6;
            var width = (Pad * 2) + LabelWidth + (columns.Count * context.ColumnWidth);
            line = new VisibilityLine(Pad, width - Pad, lineY, new TextRow(Pad, lineY - 3, new WrappedText(context.Language["LineOfVisibility"]), TextStyle.Badge, LineHeight));
            y += 12;
        }

        var column = context.ColumnWidth;
        var cell = new Cell(blocks);
        var tallest = 0.0;
        for (var i = 0; i < columns.Count; i++)
        {
            if (columns[i].Step is not { } step)
            {
                continue;
            }

            cell.Start(Pad + LabelWidth + (i * column) + CellPad, y + CellPad, column - (CellPad * 2));
            Fill(context, columns[i], step, context.EarlierStep(columns[i]), cell);
            tallest = Math.Max(tallest, cell.Height);
        }

        if (blocks.Count == 0 && !AlwaysShown)
        {
            blocks.Dispose();
            return null;
        }

        var label = Label(context, y);
        var bottom = y + Math.Max(Math.Max(MinLaneHeight, tallest + (CellPad * 2)), (label.Lines.Length * LineHeight) + (CellPad * 2));
        return new BlockLaneLayout(Name(context), label, y, bottom, line, blocks);
    }

    /// <summary>Lists a step's children, then those the diff removed from it, drawn as ghosts.</summary>
    protected static List<(T Element, bool Ghost)> WithRemoved<T>(LayoutContext context, Column column, ValueList<T> current, Step? old)
        where T : class
    {
        var all = new List<(T, bool)>(current.Count);
        foreach (var element in current)
        {
            all.Add((element, column.Ghost));
        }

        if (old is not null)
        {
            foreach (var (_, removed) in context.Marks.RemovedFrom<T>(ElementKind.Step, old.Id))
            {
                all.Add((removed, true));
            }
        }

        return all;
    }
}
