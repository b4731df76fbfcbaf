using System.Globalization;
using System.Text;
using JourneyKit.Diffing;
using JourneyKit.Presentation;

namespace JourneyKit.Rendering.Svg;

/// <summary>
/// Lays out and draws one map as SVG: a header with the title and personas, stage columns, a row per step lane, the
/// emotion curve, and the back stage under the line of visibility. With a diff, it also draws the removed elements of
/// the earlier revision in place, and marks what was added, removed, changed or moved.
/// </summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Design", "CA1001", Justification = "The painter hands its output to the caller, who disposes it.")]
internal sealed partial class MapPainter
{
    private const double Pad = 24;
    private const double LabelWidth = 150;
    private const double LineHeight = 16;
    private const double FontSize = 12;
    private const double BlockPad = 6;
    private const double BlockGap = 6;
    private const double CellPad = 8;
    private const double PlotHeight = 120;
    private const double MinLaneHeight = 32;

    /// <summary>How much wider bold glyphs are than regular ones, for wrapping.</summary>
    private const double Bold = 1.1;

    private static readonly string[] Dashes = ["", "7 4", "2 3", "9 3 2 3"];

    private readonly JourneyMap _map;
    private readonly JourneyMap? _before;
    private readonly RenderOptions _options;
    private readonly RenderTheme _theme;
    private readonly ChangeMarks _marks;
    private readonly string _idPrefix;
    private readonly double _column;
    private readonly Dictionary<string, string> _touchpointText = new(StringComparer.Ordinal);
    private Utf8Output _svg;
    private readonly Dictionary<(string Text, double Width, double FontSize), WrappedText> _wrapped = [];
    private readonly Dictionary<(string Text, double Width), WrappedText> _badges = [];
    private readonly Dictionary<string, string> _ownerTexts = new(StringComparer.Ordinal);
    private readonly Dictionary<(Level, Level, OpportunityStatus), string> _opportunityFacts = [];

    private MapPainter(JourneyMap map, RenderOptions options, JourneyMap? before, ChangeMarks marks)
    {
        _map = map;
        _before = before;
        _options = options;
        _theme = options.Theme;
        _marks = marks;
        _column = options.ColumnWidth;
        _idPrefix = "jk-" + map.Id;
        _svg = new Utf8Output(4096 + (map.Steps.Count() * 3000));
    }

    private sealed record Column(Stage Stage, Step? Step, bool Ghost);

    private readonly record struct Block(string Class, WrappedText Lines, WrappedText? BadgeLines, Mark Mark, string? Tip, double Bar = 0, string? BarColour = null, int HeadingLines = 0, bool Quoted = false)
    {
        /// <summary>Gets whether the block is plain text (a touchpoint, action, thought, owner, metric or note) rather than a card.</summary>
        public bool Plain => Mark == Mark.None && BarColour is null && Class is not ("step" or "stage");

        public double Height => Plain
            ? (Lines.Length * LineHeight) + 2
            : (BlockPad * 2) + ((Lines.Length + (BadgeLines?.Length ?? 0)) * LineHeight) + (HeadingLines * 2) + 4 + (Mark == Mark.None ? 0 : LineHeight);
    }

    public static SvgDocument Paint(JourneyMap map, RenderOptions options) => new MapPainter(map, options, null, ChangeMarks.None).Run();

    public static SvgDocument PaintDiff(JourneyMap before, JourneyMap after, JourneyDiff diff, RenderOptions options) =>
        new MapPainter(after, options, before, ChangeMarks.From(diff)).Run();

    private SvgDocument Run()
    {
        foreach (var touchpoint in _map.Touchpoints.Concat(_before?.Touchpoints ?? []))
        {
            var channel = touchpoint.ChannelId is { } id ? (_map.FindChannel(id) ?? _before?.FindChannel(id))?.Name : null;
            _touchpointText.TryAdd(touchpoint.Id, channel is null ? touchpoint.Name : $"{touchpoint.Name} · {channel}");
        }

        // The body is drawn first, lane by lane, so one buffer of blocks serves every lane; the <svg> element, which
        // needs the total height, goes in front of it at the end.
        var columns = Columns();
        var width = (Pad * 2) + LabelWidth + (columns.Count * _column);
        var y = Pad;
        foreach (var (lines, cls, lineHeight) in HeaderLines(width - (Pad * 2)))
        {
            TextLines(Pad, y + lineHeight - 5, lines, cls, lineHeight);
            y += lines.Length * lineHeight;
        }

        y += 12;
        var gridTop = y;
        var stages = StageBlocks(columns);
        var stageHeight = stages.Max(s => s.Block.Height) + (CellPad * 2);
        DrawStages(stages, y, stageHeight);
        y += stageHeight;

        using var blocks = new BlockBuffer(columns.Count * 2);
        var starts = new int[columns.Count + 1];
        y += DrawLane("Steps", StepBlocks, columns, blocks, starts, y);
        if ((_options.Lanes & MapLanes.Emotions) != 0)
        {
            y += DrawEmotion(columns, y);
        }

        foreach (var (lane, name, fill, belowLine) in Lanes())
        {
            if ((_options.Lanes & lane) == 0 || !Fill(columns, fill, blocks, starts))
            {
                continue;
            }

            if (belowLine)
            {
                LineOfVisibility(y + 6, width);
                y += 12;
            }

            y += DrawLane(name, null, columns, blocks, starts, y);
        }

        ColumnLines(columns, gridTop, y);
        y = DrawPaths(y, width - (Pad * 2));
        _svg.Raw("</svg>\n"u8);

        var body = _svg;
        _svg = new Utf8Output(8192);
        Open(width, y + Pad, columns);
        return new SvgDocument(_svg, body);
    }

    private List<Column> Columns()
    {
        var columns = new List<Column>();
        var stages = _map.Stages.Select(s => (Stage: s, Ghost: false)).ToList();
        if (_before is not null)
        {
            foreach (var (index, removed) in _marks.RemovedFrom<Stage>(ElementKind.Map, _before.Id))
            {
                stages.Insert(Math.Min(index, stages.Count), (removed, true));
            }
        }

        foreach (var (stage, ghost) in stages)
        {
            var steps = stage.Steps.Select(s => (Step: s, Ghost: ghost)).ToList();
            if (!ghost && _before is not null)
            {
                foreach (var (index, removed) in _marks.RemovedFrom<Step>(ElementKind.Stage, _marks.EarlierId(ElementKind.Stage, stage.Id)))
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
            columns.Add(new Column(null!, null, false));
        }

        return columns;
    }

    private List<(WrappedText Lines, string Class, double LineHeight)> HeaderLines(double width)
    {
        var header = new List<(WrappedText, string, double)> { (Wrap(_map.Title, width, 22 * Bold), "title", 28) };
        var facts = new List<string>();
        if (_map.Revision is { } revision)
        {
            facts.Add(MapText.Revision(revision));
        }

        var steps = _map.Steps.Count();
        facts.Add($"{_map.Stages.Count} stage{(_map.Stages.Count == 1 ? "" : "s")}, {steps} step{(steps == 1 ? "" : "s")}");
        facts.Add($"Emotion scale {MapText.Score(_map.EmotionScale.Min)} to {MapText.Score(_map.EmotionScale.Max)}");
        header.Add((Wrap(string.Join(" · ", facts), width, FontSize), "muted", LineHeight));
        if (_map.Description is { } description)
        {
            header.Add((Wrap(description, width, FontSize), "", LineHeight));
        }

        foreach (var persona in _map.Personas)
        {
            header.Add((Wrap($"Persona: {persona.Name}{(persona.Segment is null ? "" : $" ({persona.Segment})")}", width, 14 * Bold), "persona", 20));
            void Facts(string label, ValueList<string> items)
            {
                if (!items.IsEmpty)
                {
                    header.Add((Wrap($"{label}: {string.Join("; ", items)}", width, FontSize), "", LineHeight));
                }
            }

            Facts("Goals", persona.Goals);
            Facts("Needs", persona.Needs);
            Facts("Frustrations", persona.Frustrations);
            Facts("Behaviours", persona.Behaviours);
            if (!persona.Demographics.IsEmpty)
            {
                Facts("About", ValueList.From(persona.Demographics.Select(p => $"{p.Key} {p.Value}")));
            }
        }

        return header;
    }

    private List<(int First, int Count, Block Block)> StageBlocks(List<Column> columns)
    {
        var stages = new List<(int, int, Block)>();
        for (var first = 0; first < columns.Count;)
        {
            var stage = columns[first].Stage;
            var count = 1;
            while (first + count < columns.Count && ReferenceEquals(columns[first + count].Stage, stage))
            {
                count++;
            }

            var width = (count * _column) - (CellPad * 2) - (BlockPad * 2);
            var lines = new List<string>();
            void Add(string text, double fontSize = FontSize) => lines.AddRange(Wrap(text, width, fontSize).ToArray());
            var heading = 0;
            if (stage is not null)
            {
                Add(stage.Name, 14 * Bold);
                heading = lines.Count;
                if (stage.OwnerId is { } owner)
                {
                    Add($"Owner: {OwnerName(owner)}");
                }

                if (stage.Goal is { } goal)
                {
                    Add($"Goal: {goal}");
                }

                foreach (var question in stage.Questions)
                {
                    Add($"Asks: {question}");
                }

                foreach (var metric in stage.Metrics)
                {
                    Add(MapText.Metric(metric));
                }

                if (stage.Steps.IsEmpty)
                {
                    Add("(no steps)");
                }
            }

            var mark = stage is null ? Mark.None : columns[first].Ghost ? Mark.Removed : _marks.Of(ElementKind.Stage, stage.Id);
            stages.Add((first, count, new Block("stage", lines.ToArray(), null, mark, stage is null ? null : _marks.Details(ElementKind.Stage, stage.Id), HeadingLines: heading)));
            first += count;
        }

        return stages;
    }

    /// <summary>The blocks of one lane, in an array rented from the shared pool: big maps would otherwise allocate it on the large object heap for every lane.</summary>
    private sealed class BlockBuffer(int capacity) : IDisposable
    {
        private Block[] _blocks = System.Buffers.ArrayPool<Block>.Shared.Rent(Math.Max(16, capacity));

        public int Count { get; private set; }

        public Block this[int index] => _blocks[index];

        public void Add(Block block)
        {
            if (Count == _blocks.Length)
            {
                var larger = System.Buffers.ArrayPool<Block>.Shared.Rent(_blocks.Length * 2);
                _blocks.AsSpan(0, Count).CopyTo(larger);
                System.Buffers.ArrayPool<Block>.Shared.Return(_blocks, clearArray: true);
                _blocks = larger;
            }

            _blocks[Count++] = block;
        }

        public void Clear()
        {
            _blocks.AsSpan(0, Count).Clear();
            Count = 0;
        }

        public void Dispose()
        {
            Clear();
            System.Buffers.ArrayPool<Block>.Shared.Return(_blocks);
            _blocks = [];
        }
    }

    private void Open(double width, double height, List<Column> columns)
    {
        var t = _theme;
        _svg.Raw("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"journeykit\" width=\""u8).Number(width).Raw("\" height=\""u8).Number(height)
            .Raw("\" viewBox=\"0 0 "u8).Number(width).Raw(' ').Number(height).Raw("\" role=\"img\" aria-labelledby=\""u8)
            .Raw(_idPrefix).Raw("-title "u8).Raw(_idPrefix).Raw("-desc\" font-family=\"system-ui, -apple-system, 'Segoe UI', 'Noto Sans', 'Noto Sans CJK SC', 'DejaVu Sans', sans-serif\" font-size=\"12\">\n"u8);
        _svg.Raw("<title id=\""u8).Raw(_idPrefix).Raw("-title\">"u8).Text($"Customer journey map: {_map.Title}").Raw("</title>\n"u8);
        _svg.Raw("<desc id=\""u8).Raw(_idPrefix).Raw("-desc\">"u8).Text(Summary(columns)).Raw("</desc>\n"u8);
        _svg.Raw("<style>"u8)
            .Raw(".journeykit text{fill:"u8).Raw(t.Text).Raw("}.journeykit .muted,.journeykit .lane-label,.journeykit .badge,.journeykit .axis,.journeykit .note{fill:"u8).Raw(t.MutedText).Raw('}')
            .Raw(".journeykit .title{font-size:22px;font-weight:700}.journeykit .persona{font-size:14px;font-weight:700}"u8)
            .Raw(".journeykit .lane-label{font-weight:700}.journeykit .stage-name{fill:"u8).Raw(t.StageText).Raw(";font-weight:700;font-size:14px}.journeykit .stage-text{fill:"u8).Raw(t.StageText).Raw('}')
            .Raw(".journeykit .step-name{font-weight:700;font-size:13px}.journeykit .thought{font-style:italic}.journeykit .badge{font-size:10px;font-weight:700;letter-spacing:.04em}"u8)
            .Raw(".journeykit .mark{font-size:10px;font-weight:700}.journeykit .removed text{text-decoration:line-through}"u8)
            .Raw(".journeykit .card{fill:"u8).Raw(t.Surface).Raw(";stroke:"u8).Raw(t.Grid).Raw("}.journeykit .grid{stroke:"u8).Raw(t.Grid).Raw(";stroke-width:1}"u8)
            .Raw("</style>\n"u8);
        _svg.Raw("<rect width=\"100%\" height=\"100%\" fill=\""u8).Raw(t.Background).Raw("\"/>\n"u8);
    }

    private string Summary(List<Column> columns)
    {
        var text = new StringBuilder();
        text.Append(_map.Personas.Count == 0 ? "A journey" : $"The journey of {string.Join(", ", _map.Personas.Select(p => p.Name))}")
            .Append(CultureInfo.InvariantCulture, $" in {_map.Stages.Count} stages: ").Append(string.Join(", ", _map.Stages.Select(s => s.Name))).Append('.');
        var felt = columns.Where(c => c.Step is not null && !c.Ghost && Feeling(c.Step, null) is not null).Select(c => (Step: c.Step!, Emotion: Feeling(c.Step!, null)!)).ToList();
        if (felt.Count > 0)
        {
            var low = felt.MinBy(f => f.Emotion.Score);
            var high = felt.MaxBy(f => f.Emotion.Score);
            text.Append(CultureInfo.InvariantCulture, $" Lowest feeling at '{low.Step.Name}' ({low.Emotion.Score}), highest at '{high.Step.Name}' ({high.Emotion.Score}).");
        }

        text.Append(CultureInfo.InvariantCulture, $" {_map.Steps.Sum(s => s.PainPoints.Count)} pain points, {_map.Steps.Sum(s => s.Opportunities.Count)} opportunities.");
        if (!_marks.IsEmpty)
        {
            text.Append(" Changes from the earlier revision are marked: added, removed, changed and moved.");
        }

        return text.ToString();
    }

    private double TextLines(double x, double baseline, string[] lines, string cls, double lineHeight) => TextLines(x, baseline, new WrappedText(lines), cls, lineHeight);

    private double TextLines(double x, double baseline, WrappedText lines, string cls, double lineHeight, bool listItem = false, bool quoted = false)
    {
        _svg.Raw(listItem ? "<text role=\"listitem\" x=\""u8 : "<text x=\""u8).Number(x).Raw("\" y=\""u8).Number(baseline).Raw('"');
        if (cls.Length > 0)
        {
            _svg.Raw(" class=\""u8).Raw(cls).Raw('"');
        }

        _svg.Raw('>');
        if (lines.Length == 1)
        {
            _svg.Raw(quoted ? "“"u8 : default).Text(lines[0]).Raw(quoted ? "”"u8 : default);
        }
        else
        {
            for (var i = 0; i < lines.Length; i++)
            {
                _svg.Raw("<tspan x=\""u8).Number(x).Raw('"');
                if (i > 0)
                {
                    _svg.Raw(" dy=\""u8).Number(lineHeight).Raw('"');
                }

                _svg.Raw('>').Raw(quoted && i == 0 ? "“"u8 : default).Text(lines[i]).Raw(quoted && i == lines.Length - 1 ? "”"u8 : default).Raw("</tspan>"u8);
            }
        }

        _svg.Raw("</text>\n"u8);
        return baseline + ((lines.Length - 1) * lineHeight) + (lineHeight - 12);
    }

    private void DrawStages(List<(int First, int Count, Block Block)> stages, double y, double height)
    {
        _svg.Raw("<g role=\"list\" aria-label=\"Stages\">\n"u8);
        foreach (var (first, count, block) in stages)
        {
            var x = Pad + LabelWidth + (first * _column);
            _svg.Raw("<g role=\"listitem\""u8).Raw(block.Mark == Mark.Removed ? " class=\"removed\"" : "").Raw(">\n"u8);
            _svg.Raw("<rect x=\""u8).Number(x + 2).Raw("\" y=\""u8).Number(y + 2).Raw("\" width=\""u8).Number((count * _column) - 4)
                .Raw("\" height=\""u8).Number(height - 4).Raw("\" rx=\"6\" fill=\""u8).Raw(_theme.Stage).Raw('"')
                .Raw(block.Mark == Mark.Removed ? " fill-opacity=\"0.45\"" : "").Raw("/>\n"u8);
            var baseline = y + CellPad + 16;
            if (block.HeadingLines > 0)
            {
                TextLines(x + CellPad + BlockPad, baseline, block.Lines.ToArray()[..block.HeadingLines], "stage-name", 18);
                baseline += (block.HeadingLines * 18) + 2;
            }

            if (block.Lines.Length > block.HeadingLines)
            {
                TextLines(x + CellPad + BlockPad, baseline, block.Lines.ToArray()[block.HeadingLines..], "stage-text", LineHeight);
            }

            MarkBadge(block, x + (count * _column) - 8, y + height - 10, anchorEnd: true);
            _svg.Raw("</g>\n"u8);
        }

        _svg.Raw("</g>\n"u8);
    }

    /// <summary>Draws a lane at <paramref name="y"/>, laying it out first when given a filler; returns its height.</summary>
    private double DrawLane(string name, CellFiller? fill, List<Column> columns, BlockBuffer blocks, int[] starts, double y)
    {
        if (fill is not null)
        {
            Fill(columns, fill, blocks, starts);
        }

        var tallest = 0.0;
        for (var i = 0; i < columns.Count; i++)
        {
            var cell = 0.0;
            for (var b = starts[i]; b < starts[i + 1]; b++)
            {
                cell += blocks[b].Height + BlockGap;
            }

            tallest = Math.Max(tallest, cell);
        }

        var height = Math.Max(MinLaneHeight, tallest + (CellPad * 2));
        _svg.Raw("<g role=\"list\" aria-label=\""u8).Text(name).Raw("\">\n"u8);
        _svg.Raw("<line class=\"grid\" x1=\""u8).Number(Pad).Raw("\" x2=\""u8).Number(Pad + LabelWidth + (columns.Count * _column))
            .Raw("\" y1=\""u8).Number(y).Raw("\" y2=\""u8).Number(y).Raw("\"/>\n"u8);
        TextLines(Pad, y + CellPad + 12, [name], "lane-label", LineHeight);
        for (var i = 0; i < columns.Count; i++)
        {
            var x = Pad + LabelWidth + (i * _column) + CellPad;
            var top = y + CellPad;
            for (var b = starts[i]; b < starts[i + 1]; b++)
            {
                var block = blocks[b];
                DrawBlock(block, x, top, _column - (CellPad * 2));
                top += block.Height + BlockGap;
            }
        }

        _svg.Raw("</g>\n"u8);
        return height;
    }

    private void DrawBlock(Block block, double x, double y, double width)
    {
        if (block.Plain)
        {
            // Only thoughts (italic) and notes (muted) are styled; other plain lines need no class.
            TextLines(x + 2, y + 12, block.Lines, block.Class is "thought" or "note" ? block.Class : "", LineHeight, listItem: true, quoted: block.Quoted);
            return;
        }

        _svg.Raw("<g role=\"listitem\" class=\""u8).Raw(block.Class).Raw(block.Mark == Mark.Removed ? " removed" : "").Raw("\">"u8);
        if (block.Tip is { } tip)
        {
            _svg.Raw("<title>"u8).Text(tip).Raw("</title>"u8);
        }

        _svg.Raw("<rect class=\"card\" x=\""u8).Number(x).Raw("\" y=\""u8).Number(y).Raw("\" width=\""u8).Number(width)
            .Raw("\" height=\""u8).Number(block.Height).Raw("\" rx=\"4\""u8);
        if (block.Mark != Mark.None)
        {
            _svg.Raw(" style=\"stroke:"u8).Raw(MarkColour(block.Mark)).Raw(";stroke-width:2"u8).Raw(block.Mark == Mark.Removed ? ";stroke-dasharray:5 3" : "").Raw('"');
        }

        _svg.Raw("/>"u8);
        if (block.BarColour is { } bar)
        {
            _svg.Raw("<rect x=\""u8).Number(x).Raw("\" y=\""u8).Number(y).Raw("\" width=\""u8).Number(block.Bar)
                .Raw("\" height=\""u8).Number(block.Height).Raw("\" fill=\""u8).Raw(bar).Raw("\"/>"u8);
        }

        var textX = x + BlockPad + block.Bar;
        var baseline = y + BlockPad + 12;
        if (block.BadgeLines is { } badge)
        {
            TextLines(textX, baseline, badge, "badge", LineHeight);
            baseline += badge.Length * LineHeight;
        }

        TextLines(textX, baseline, block.Lines, block.Class == "step" ? "step-name" : block.Class == "thought" ? "thought" : "", LineHeight, quoted: block.Quoted);
        MarkBadge(block, x + width - 4, y + block.Height - 6, anchorEnd: true);
        _svg.Raw("</g>\n"u8);
    }

    private void MarkBadge(Block block, double x, double y, bool anchorEnd)
    {
        if (block.Mark == Mark.None)
        {
            return;
        }

        _svg.Raw("<text class=\"mark\" x=\""u8).Number(x).Raw("\" y=\""u8).Number(y).Raw('"').Raw(anchorEnd ? " text-anchor=\"end\"" : "")
            .Raw(" style=\"fill:"u8).Raw(block.Mark == Mark.Removed || block.Class == "stage" ? _theme.Text : MarkColour(block.Mark)).Raw(";text-decoration:none\">"u8)
            .Raw(ChangeMarks.Word(block.Mark)).Raw("</text>"u8);
    }

    private string MarkColour(Mark mark) => mark switch
    {
        Mark.Added => _theme.Added,
        Mark.Removed => _theme.Removed,
        Mark.Changed => _theme.Changed,
        _ => _theme.Moved,
    };

    /// <summary>Lists the branches, loops and exits under the grid, so the picture leaves out none of the journey's paths.</summary>
    private double DrawPaths(double y, double width)
    {
        if (_map.Transitions.IsEmpty)
        {
            return y;
        }

        string StepName(string id) => _map.FindStep(id)?.Name ?? id;
        y += 12;
        TextLines(Pad, y + 14, ["Paths"], "lane-label", LineHeight);
        y += 20;
        _svg.Raw("<g role=\"list\" aria-label=\"Paths\">\n"u8);
        foreach (var transition in _map.Transitions)
        {
            var text = transition.Kind switch
            {
                TransitionKind.Exit => $"Exit after {StepName(transition.FromStepId)}",
                TransitionKind.Loop => $"Loop from {StepName(transition.FromStepId)} back to {StepName(transition.ToStepId!)}",
                _ => $"Branch from {StepName(transition.FromStepId)} to {StepName(transition.ToStepId!)}",
            };
            if (transition.Label is { } label)
            {
                text += $": {label}";
            }

            if (transition.Share is { } share)
            {
                text += $" ({share.ToString("0.##%", CultureInfo.InvariantCulture)})";
            }

            var lines = Wrap(text, width, FontSize);
            TextLines(Pad, y + 12, lines, "", LineHeight, listItem: true);
            y += lines.Length * LineHeight;
        }

        _svg.Raw("</g>\n"u8);
        return y;
    }

    private void LineOfVisibility(double y, double width)
    {
        _svg.Raw("<line x1=\""u8).Number(Pad).Raw("\" x2=\""u8).Number(width - Pad).Raw("\" y1=\""u8).Number(y).Raw("\" y2=\""u8).Number(y)
            .Raw("\" stroke=\""u8).Raw(_theme.Text).Raw("\" stroke-width=\"1.5\" stroke-dasharray=\"10 5\"/>\n"u8);
        _svg.Raw("<text x=\""u8).Number(Pad).Raw("\" y=\""u8).Number(y - 3).Raw("\" class=\"badge\">LINE OF VISIBILITY</text>\n"u8);
    }

    private void ColumnLines(List<Column> columns, double top, double bottom)
    {
        for (var i = 0; i <= columns.Count; i++)
        {
            if (i == 0 || i == columns.Count || !ReferenceEquals(columns[i].Stage, columns[i - 1].Stage))
            {
                var x = Pad + LabelWidth + (i * _column);
                _svg.Raw("<line class=\"grid\" x1=\""u8).Number(x).Raw("\" x2=\""u8).Number(x).Raw("\" y1=\""u8).Number(top).Raw("\" y2=\""u8).Number(bottom).Raw("\"/>\n"u8);
            }
        }
    }
}
