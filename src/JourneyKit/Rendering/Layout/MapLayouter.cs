using System.Text;
using JourneyKit.Diffing;
using JourneyKit.Presentation;
using JourneyKit.Rendering.Layout.Lanes;
using static JourneyKit.Rendering.Layout.LayoutMetrics;

namespace JourneyKit.Rendering.Layout;

/// <summary>
/// Lays a map out as a picture: a header with the title and personas, stage columns, the lanes of
/// <see cref="Lane.Ordered"/> that the options show, and the paths under the grid. With a diff, the removed stages and
/// steps of the earlier revision get columns where they were, and the lanes mark what changed.
/// </summary>
internal static class MapLayouter
{
    public static MapLayout Lay(JourneyMap map, RenderOptions options) => Lay(new LayoutContext(map, options, null, ChangeMarks.None));

    public static MapLayout LayDiff(JourneyMap before, JourneyMap after, JourneyDiff diff, RenderOptions options) =>
        Lay(new LayoutContext(after, options, before, ChangeMarks.From(diff)));

    private static MapLayout Lay(LayoutContext context)
    {
        var map = context.Map;
        var columns = Columns(context);
        var width = (Pad * 2) + LabelWidth + (columns.Count * context.ColumnWidth);
        var y = Pad;
        var header = new List<TextRow>();
        foreach (var (lines, style, lineHeight) in HeaderLines(context, width - (Pad * 2)))
        {
            header.Add(new TextRow(Pad, y + lineHeight - 5, lines, style, lineHeight));
            y += lines.Length * lineHeight;
        }

        y += 12;
        var gridTop = y;
        var stageCells = StageCells(context, columns);
        var stageHeight = stageCells.Max(s => s.Block.Height) + (CellPad * 2);
        var stages = new StageRow(y, stageHeight, stageCells);
        y += stageHeight;

        var lanes = new List<LaneLayout>();
        try
        {
            foreach (var lane in Lane.Ordered)
            {
                if (lane.IsShown(context.Options) && lane.Lay(context, columns, y) is { } laid)
                {
                    lanes.Add(laid);
                    y = laid.Bottom;
                }
            }

            var columnLines = ColumnLines(context, columns, gridTop, y);
            var paths = Paths(context, ref y, width - (Pad * 2));
            return new MapLayout
            {
                MapId = map.Id,
                Title = map.Title,
                Summary = Summary(context, columns),
                Language = context.Language,
                Width = width,
                Height = y + Pad,
                Header = header,
                Grid = (Pad, Pad + LabelWidth + (columns.Count * context.ColumnWidth)),
                Stages = stages,
                Lanes = lanes,
                ColumnLines = columnLines,
                Paths = paths,
            };
        }
        catch
        {
            foreach (var laid in lanes)
            {
                (laid as IDisposable)?.Dispose();
            }

            throw;
        }
    }

    private static List<Column> Columns(LayoutContext context)
    {
        var (map, before, marks) = (context.Map, context.Before, context.Marks);
        var columns = new List<Column>();
        var stages = map.Stages.Select(s => (Stage: s, Ghost: false)).ToList();
        if (before is not null)
        {
            foreach (var (index, removed) in marks.RemovedFrom<Stage>(ElementKind.Map, before.Id))
            {
                stages.Insert(Math.Min(index, stages.Count), (removed, true));
            }
        }

        foreach (var (stage, ghost) in stages)
        {
            var steps = stage.Steps.Select(s => (Step: s, Ghost: ghost)).ToList();
            if (!ghost && before is not null)
            {
                foreach (var (index, removed) in marks.RemovedFrom<Step>(ElementKind.Stage, marks.EarlierId(ElementKind.Stage, stage.Id)))
                {
                    steps.Insert(Math.Min(index, steps.Count), (removed, true));
                }
            }

            if (steps.Count == 0)
            {
                columns.Add(new Column(stage, null, ghost));
            }

            columns.AddRange(steps.Select(s => new Column(stage, s.Step, s.Ghost)));
        }

        if (columns.Count == 0)
        {
            columns.Add(new Column(null, null, false));
        }

        return columns;
    }

    private static List<(WrappedText Lines, TextStyle Style, double LineHeight)> HeaderLines(LayoutContext context, double width)
    {
        var map = context.Map;
        var header = new List<(WrappedText, TextStyle, double)> { (context.Wrap(map.Title, width, 22 * Bold), TextStyle.Title, 28) };
        var facts = new List<string>();
        if (map.Revision is { } revision)
        {
            facts.Add(MapText.Revision(revision, context.Language));
        }

        var words = context.Language;
        facts.Add(MapText.StagesAndSteps(map, words));
        facts.Add(words.Format("EmotionScale", MapText.Score(map.EmotionScale.Min), MapText.Score(map.EmotionScale.Max)));
        header.Add((context.Wrap(string.Join(" · ", facts), width, FontSize), TextStyle.Muted, LineHeight));
        if (map.Description is { } description)
        {
            header.Add((context.Wrap(description, width, FontSize), TextStyle.Plain, LineHeight));
        }

        foreach (var persona in map.Personas)
        {
            header.Add((context.Wrap(words.Format("Persona", persona.Name) + (persona.Segment is null ? "" : $" ({persona.Segment})"), width, 14 * Bold), TextStyle.Persona, 20));
            void Facts(string label, ValueList<string> items)
            {
                if (!items.IsEmpty)
                {
                    header.Add((context.Wrap($"{label}: {string.Join("; ", items)}", width, FontSize), TextStyle.Plain, LineHeight));
                }
            }

            Facts(words["Persona.Goals"], persona.Goals);
            Facts(words["Persona.Needs"], persona.Needs);
            Facts(words["Persona.Frustrations"], persona.Frustrations);
            Facts(words["Persona.Behaviours"], persona.Behaviours);
            if (!persona.Demographics.IsEmpty)
            {
                Facts(words["Persona.About"], ValueList.From(persona.Demographics.Select(p => $"{p.Key} {p.Value}")));
            }
        }

        return header;
    }

    private static List<StageCell> StageCells(LayoutContext context, List<Column> columns)
    {
        var column = context.ColumnWidth;
        var stages = new List<StageCell>();
        for (var first = 0; first < columns.Count;)
        {
            var stage = columns[first].Stage;
            var count = 1;
            while (first + count < columns.Count && ReferenceEquals(columns[first + count].Stage, stage))
            {
                count++;
            }

            var width = (count * column) - (CellPad * 2) - (BlockPad * 2);
            var lines = new List<string>();
            void Add(string text, double fontSize = FontSize) => lines.AddRange(context.Wrap(text, width, fontSize).ToArray());
            var heading = 0;
            if (stage is not null)
            {
                Add(stage.Name, 14 * Bold);
                heading = lines.Count;
                if (stage.OwnerId is { } owner)
                {
                    Add(context.OwnerText(owner));
                }

                if (stage.Goal is { } goal)
                {
                    Add(context.Language.Format("Stage.Goal", goal));
                }

                foreach (var question in stage.Questions)
                {
                    Add(context.Language.Format("Stage.Asks", question));
                }

                foreach (var metric in stage.Metrics)
                {
                    Add(MapText.Metric(metric, context.Language));
                }

                if (stage.Steps.IsEmpty)
                {
                    Add(context.Language["Stage.NoSteps"]);
                }
            }

            var mark = stage is null ? Mark.None : context.MarkOf(columns[first].Ghost, ElementKind.Stage, stage.Id);
            var block = new Block(BlockKind.Stage, lines.ToArray(), default, mark, stage is null ? null : context.Marks.Details(ElementKind.Stage, stage.Id), HeadingLines: heading);
            stages.Add(new StageCell(block, Pad + LabelWidth + (first * column), count * column));
            first += count;
        }

        return stages;
    }

    private static ColumnLines ColumnLines(LayoutContext context, List<Column> columns, double top, double bottom)
    {
        var xs = new List<double>();
        for (var i = 0; i <= columns.Count; i++)
        {
            if (i == 0 || i == columns.Count || !ReferenceEquals(columns[i].Stage, columns[i - 1].Stage))
            {
                xs.Add(Pad + LabelWidth + (i * context.ColumnWidth));
            }
        }

        return new ColumnLines(xs, top, bottom);
    }

    /// <summary>Lists the branches, loops and exits under the grid, so the picture leaves out none of the journey's paths.</summary>
    private static PathList? Paths(LayoutContext context, ref double y, double width)
    {
        var map = context.Map;
        if (map.Transitions.IsEmpty)
        {
            return null;
        }

        string StepName(string id) => map.FindStep(id)?.Name ?? id;
        y += 12;
        var words = context.Language;
        var heading = new TextRow(Pad, y + 14, new WrappedText(words["Paths"]), TextStyle.LaneLabel, LineHeight);
        y += 20;
        var items = new List<TextRow>(map.Transitions.Count);
        foreach (var transition in map.Transitions)
        {
            var text = transition.Kind switch
            {
                TransitionKind.Exit => words.Format("Path.Exit", StepName(transition.FromStepId)),
                TransitionKind.Loop => words.Format("Path.Loop", StepName(transition.FromStepId), StepName(transition.ToStepId!)),
                _ => words.Format("Path.Branch", StepName(transition.FromStepId), StepName(transition.ToStepId!)),
            };
            if (transition.Label is { } label)
            {
                text += $": {label}";
            }

            if (transition.Share is { } share)
            {
                text += $" ({share.ToString("0.##%", words.Numbers)})";
            }

            var lines = context.Wrap(text, width, FontSize);
            items.Add(new TextRow(Pad, y + 12, lines, TextStyle.Plain, LineHeight, ListItem: true));
            y += lines.Length * LineHeight;
        }

        return new PathList(heading, items);
    }

    private static string Summary(LayoutContext context, List<Column> columns)
    {
        var map = context.Map;
        var text = new StringBuilder();
        var words = context.Language;
        text.Append(map.Personas.Count == 0 ? words["Summary.Journey"] : words.Format("Summary.JourneyOf", string.Join(words["Value.ListSeparator"], map.Personas.Select(p => p.Name))))
            .Append(words.Plural("Summary.Stages", map.Stages.Count, string.Join(words["Value.ListSeparator"], map.Stages.Select(s => s.Name))));
        var felt = columns.Where(c => c.Step is not null && !c.Ghost && EmotionLane.Feeling(c.Step, null) is not null).Select(c => (Step: c.Step!, Emotion: EmotionLane.Feeling(c.Step!, null)!)).ToList();
        if (felt.Count > 0)
        {
            var low = felt.MinBy(f => f.Emotion.Score);
            var high = felt.MaxBy(f => f.Emotion.Score);
            text.Append(words.Format("Summary.LowHigh", low.Step.Name, low.Emotion.Score, high.Step.Name, high.Emotion.Score));
        }

        text.Append(words.Format("Summary.Counts", words.Plural("Count.PainPoints", map.Steps.Sum(s => s.PainPoints.Count)), words.Plural("Count.Opportunities", map.Steps.Sum(s => s.Opportunities.Count))));
        if (!context.Marks.IsEmpty)
        {
            text.Append(words["Summary.Marked"]);
        }

        return text.ToString();
    }
}
