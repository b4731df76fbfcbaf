using System.Globalization;
using System.Text;
using JourneyKit.Diffing;

namespace JourneyKit.Rendering.Svg;

/// <summary>
/// Lays out and draws one map as SVG: a header with the title and personas, stage columns, a row per step lane, the
/// emotion curve, and the back stage under the line of visibility. With a diff, it also draws the removed elements of
/// the earlier revision in place, and marks what was added, removed, changed or moved.
/// </summary>
internal sealed class MapPainter
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
    private readonly StringBuilder _svg = new(4096);
    private HashSet<(ElementKind Kind, string Id)>? _present;

    private MapPainter(JourneyMap map, RenderOptions options, JourneyMap? before, ChangeMarks marks)
    {
        _map = map;
        _before = before;
        _options = options;
        _theme = options.Theme;
        _marks = marks;
        _column = options.ColumnWidth;
        _idPrefix = "jk-" + map.Id;
    }

    private sealed record Column(Stage Stage, Step? Step, bool Ghost);

    private sealed record Block(string Class, List<string> Lines, List<string>? BadgeLines, Mark Mark, string? Tip, double Bar = 0, string? BarColour = null, int HeadingLines = 0)
    {
        public double Height => (BlockPad * 2) + ((Lines.Count + (BadgeLines?.Count ?? 0)) * LineHeight) + (HeadingLines * 2) + 4 + (Mark == Mark.None ? 0 : LineHeight);
    }

    private sealed record Lane(string Name, List<Block>[] Cells, bool BelowLine)
    {
        public double Height { get; set; }
    }

    public static string Paint(JourneyMap map, RenderOptions options) => new MapPainter(map, options, null, ChangeMarks.None).Run();

    public static string PaintDiff(JourneyMap before, JourneyMap after, JourneyDiff diff, RenderOptions options) =>
        new MapPainter(after, options, before, ChangeMarks.From(diff)).Run();

    private string Run()
    {
        foreach (var touchpoint in _map.Touchpoints.Concat(_before?.Touchpoints ?? []))
        {
            var channel = touchpoint.ChannelId is { } id ? (_map.FindChannel(id) ?? _before?.FindChannel(id))?.Name : null;
            _touchpointText.TryAdd(touchpoint.Id, channel is null ? touchpoint.Name : $"{touchpoint.Name} · {channel}");
        }

        var columns = Columns();
        var width = (Pad * 2) + LabelWidth + (columns.Count * _column);
        var header = HeaderLines(width - (Pad * 2));
        var headerHeight = header.Sum(h => h.Lines.Count * h.LineHeight) + 12;
        var stages = StageBlocks(columns);
        var stageHeight = stages.Max(s => s.Block.Height) + (CellPad * 2);
        var lanes = Lanes(columns);
        foreach (var lane in lanes)
        {
            lane.Height = Math.Max(MinLaneHeight, lane.Cells.Max(cell => cell.Sum(b => b.Height + BlockGap)) + (CellPad * 2));
        }

        var emotion = (_options.Lanes & MapLanes.Emotions) != 0 ? EmotionCurves(columns) : null;
        var emotionLabels = emotion is null ? null : EmotionLabels(columns, emotion);
        var emotionHeight = emotion is null ? 0 : PlotHeight + (CellPad * 3) + 8 + Math.Max(emotion.Count > 1 ? emotion.Count : 0, emotionLabels!.Max(l => l.Count)) * LineHeight;
        var height = Pad + headerHeight + stageHeight + lanes.Sum(l => l.Height) + emotionHeight + Pad + (lanes.Any(l => l.BelowLine) ? 12 : 0);

        Open(width, height, columns);
        var y = Pad;
        foreach (var (lines, cls, lineHeight) in header)
        {
            TextLines(Pad, y + lineHeight - 5, lines, cls, lineHeight);
            y += lines.Count * lineHeight;
        }

        y = Pad + headerHeight;
        var gridTop = y;
        DrawStages(stages, y, stageHeight);
        y += stageHeight;
        var stepLane = lanes[0];
        DrawLane(stepLane, columns, y);
        y += stepLane.Height;
        if (emotion is not null)
        {
            DrawEmotion(columns, emotion, emotionLabels!, y);
            y += emotionHeight;
        }

        foreach (var lane in lanes.Skip(1))
        {
            if (lane.BelowLine)
            {
                LineOfVisibility(y + 6, width);
                y += 12;
            }

            DrawLane(lane, columns, y);
            y += lane.Height;
        }

        ColumnLines(columns, gridTop, y);
        _svg.Append("</svg>\n");
        return _svg.ToString();
    }

    private List<Column> Columns()
    {
        var columns = new List<Column>();
        var stages = _map.Stages.Select(s => (Stage: s, Ghost: false)).ToList();
        if (_before is not null)
        {
            for (var i = 0; i < _before.Stages.Count; i++)
            {
                var old = _before.Stages[i];
                if (_map.FindStage(old.Id) is null && !_marks.LivesOn(ElementKind.Stage, old.Id))
                {
                    stages.Insert(Math.Min(i, stages.Count), (old, true));
                }
            }
        }

        foreach (var (stage, ghost) in stages)
        {
            var steps = stage.Steps.Select(s => (Step: s, Ghost: ghost)).ToList();
            if (!ghost && _before?.FindStage(_marks.EarlierId(ElementKind.Stage, stage.Id)) is { } oldStage)
            {
                for (var i = 0; i < oldStage.Steps.Count; i++)
                {
                    if (_map.FindStep(oldStage.Steps[i].Id) is null && !_marks.LivesOn(ElementKind.Step, oldStage.Steps[i].Id))
                    {
                        steps.Insert(Math.Min(i, steps.Count), (oldStage.Steps[i], true));
                    }
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

    private List<(List<string> Lines, string Class, double LineHeight)> HeaderLines(double width)
    {
        var header = new List<(List<string>, string, double)> { (Wrap(_map.Title, width, 22 * Bold), "title", 28) };
        var facts = new List<string>();
        if (_map.Revision is { } revision)
        {
            facts.Add(RevisionText(revision));
        }

        facts.Add($"{_map.Stages.Count} stage{(_map.Stages.Count == 1 ? "" : "s")}, {_map.Steps.Count()} step{(_map.Steps.Count() == 1 ? "" : "s")}");
        facts.Add($"Emotion scale {_map.EmotionScale.Min.ToString("+0;-0;0", CultureInfo.InvariantCulture)} to {_map.EmotionScale.Max.ToString("+0;-0;0", CultureInfo.InvariantCulture)}");
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
            var heading = 0;
            if (stage is not null)
            {
                lines.AddRange(Wrap(stage.Name, width, 14 * Bold));
                heading = lines.Count;
                if (stage.OwnerId is { } owner)
                {
                    lines.AddRange(Wrap($"Owner: {OwnerName(owner)}", width, FontSize));
                }

                if (stage.Goal is { } goal)
                {
                    lines.AddRange(Wrap($"Goal: {goal}", width, FontSize));
                }

                foreach (var question in stage.Questions)
                {
                    lines.AddRange(Wrap($"Asks: {question}", width, FontSize));
                }

                foreach (var metric in stage.Metrics)
                {
                    lines.AddRange(Wrap(MetricText(metric), width, FontSize));
                }

                if (stage.Steps.IsEmpty)
                {
                    lines.AddRange(Wrap("(no steps)", width, FontSize));
                }
            }

            var mark = stage is null ? Mark.None : columns[first].Ghost ? Mark.Removed : _marks.Of(ElementKind.Stage, stage.Id);
            stages.Add((first, count, new Block("stage", lines, null, mark, stage is null ? null : _marks.Details(ElementKind.Stage, stage.Id), HeadingLines: heading)));
            first += count;
        }

        return stages;
    }

    private List<Lane> Lanes(List<Column> columns)
    {
        var lanes = new List<Lane> { new("Steps", CellsOf(columns, StepBlocks), false) };
        void Add(MapLanes lane, string name, Func<Column, Step, Step?, double, IEnumerable<Block>> blocks, bool belowLine = false)
        {
            if ((_options.Lanes & lane) != 0 && CellsOf(columns, blocks) is var cells && cells.Any(cell => cell.Count > 0))
            {
                lanes.Add(new Lane(name, cells, belowLine));
            }
        }

        Add(MapLanes.Touchpoints, "Touchpoints", TouchpointBlocks);
        Add(MapLanes.Actions, "Doing", (c, s, old, w) => TextBlocks(c, s.Actions, old?.Actions, "action", w, "", ""));
        Add(MapLanes.Thoughts, "Thinking", (c, s, old, w) => TextBlocks(c, s.Thoughts, old?.Thoughts, "thought", w, "“", "”"));
        Add(MapLanes.PainPoints, "Pain points", PainPointBlocks);
        Add(MapLanes.Opportunities, "Opportunities", OpportunityBlocks);
        Add(MapLanes.OwnersAndMetrics, "Owners & metrics", OwnerAndMetricBlocks);
        Add(MapLanes.BackStage, "Back stage", BackStageBlocks, belowLine: true);
        return lanes;
    }

    private List<Block>[] CellsOf(List<Column> columns, Func<Column, Step, Step?, double, IEnumerable<Block>> blocks)
    {
        var width = _column - (CellPad * 2) - (BlockPad * 2) - 8;
        var cells = new List<Block>[columns.Count];
        for (var i = 0; i < columns.Count; i++)
        {
            var column = columns[i];
            if (column.Step is null)
            {
                cells[i] = [];
                continue;
            }

            var old = column.Ghost ? null : _before?.FindStep(_marks.EarlierId(ElementKind.Step, column.Step.Id));
            cells[i] = [.. blocks(column, column.Step, old, width)];
        }

        return cells;
    }

    private IEnumerable<Block> StepBlocks(Column column, Step step, Step? old, double width)
    {
        var lines = Wrap(step.Name, width, 13 * Bold);
        var facts = new List<string>();
        if (step.IsMilestone)
        {
            facts.Add("◆ milestone");
        }

        if (step.Duration is { } duration)
        {
            facts.Add($"⏱ {Duration(duration)}");
        }

        var badge = facts.Count == 0 ? null : Badge(string.Join(" · ", facts), width);
        yield return new Block("step", lines, badge, MarkOf(column, ElementKind.Step, step.Id), _marks.Details(ElementKind.Step, step.Id));
        if (step.Description is { } description)
        {
            yield return new Block("note", Wrap(description, width, FontSize), null, Mark.None, null);
        }
    }

    private IEnumerable<Block> TouchpointBlocks(Column column, Step step, Step? old, double width)
    {
        foreach (var id in step.TouchpointIds)
        {
            var added = old is not null && !old.TouchpointIds.Contains(id);
            yield return new Block("touchpoint", Wrap(_touchpointText.GetValueOrDefault(id, id), width, FontSize), null, column.Ghost ? Mark.Removed : added ? Mark.Added : Mark.None, null);
        }

        foreach (var id in old?.TouchpointIds.Where(id => !step.TouchpointIds.Contains(id)) ?? [])
        {
            yield return new Block("touchpoint", Wrap(_touchpointText.GetValueOrDefault(id, id), width, FontSize), null, Mark.Removed, null);
        }
    }

    private static IEnumerable<Block> TextBlocks(Column column, ValueList<string> items, ValueList<string>? old, string cls, double width, string open, string close)
    {
        foreach (var item in items)
        {
            var added = old is { } before && !before.Contains(item);
            yield return new Block(cls, Wrap(open + item + close, width, FontSize), null, column.Ghost ? Mark.Removed : added ? Mark.Added : Mark.None, null);
        }

        foreach (var item in old?.Where(i => !items.Contains(i)) ?? [])
        {
            yield return new Block(cls, Wrap(open + item + close, width, FontSize), null, Mark.Removed, null);
        }
    }

    private IEnumerable<Block> PainPointBlocks(Column column, Step step, Step? old, double width)
    {
        var removed = old?.PainPoints.Where(p => Gone(ElementKind.PainPoint, p.Id)) ?? [];
        foreach (var (pain, ghost) in step.PainPoints.Select(p => (p, column.Ghost)).Concat(removed.Select(p => (p, true))).OrderByDescending(p => p.Item1.Severity))
        {
            var bar = 3 + ((int)pain.Severity * 2);
            yield return new Block($"pain severity-{pain.Severity.ToString().ToLowerInvariant()}", Wrap(pain.Description, width, FontSize),
                Badge(SeverityWord(pain.Severity), width - bar), ghost ? Mark.Removed : _marks.Of(ElementKind.PainPoint, pain.Id), _marks.Details(ElementKind.PainPoint, pain.Id), bar, _theme.PainPoint);
        }
    }

    private IEnumerable<Block> OpportunityBlocks(Column column, Step step, Step? old, double width)
    {
        var removed = old?.Opportunities.Where(o => Gone(ElementKind.Opportunity, o.Id)) ?? [];
        foreach (var (opportunity, ghost) in step.Opportunities.Select(o => (o, column.Ghost)).Concat(removed.Select(o => (o, true)))
            .OrderByDescending(o => o.Item1.Impact).ThenBy(o => o.Item1.Effort))
        {
            var badge = Badge($"Impact {opportunity.Impact} · effort {opportunity.Effort} · {StatusWord(opportunity.Status)}", width - 5);
            var lines = Wrap(opportunity.Title, width, FontSize);
            if (opportunity.OwnerId is { } owner)
            {
                lines.AddRange(Wrap($"Owner: {OwnerName(owner)}", width, FontSize));
            }

            yield return new Block("opportunity", lines, badge, ghost ? Mark.Removed : _marks.Of(ElementKind.Opportunity, opportunity.Id),
                _marks.Details(ElementKind.Opportunity, opportunity.Id), 5, _theme.Opportunity);
        }
    }

    private IEnumerable<Block> OwnerAndMetricBlocks(Column column, Step step, Step? old, double width)
    {
        if (step.OwnerId is { } owner)
        {
            yield return new Block("owner", Wrap($"Owner: {OwnerName(owner)}", width, FontSize), null, column.Ghost ? Mark.Removed : Mark.None, null);
        }

        var removed = old?.Metrics.Where(m => Gone(ElementKind.Metric, m.Id)) ?? [];
        foreach (var (metric, ghost) in step.Metrics.Select(m => (m, column.Ghost)).Concat(removed.Select(m => (m, true))))
        {
            yield return new Block("metric", Wrap(MetricText(metric), width, FontSize), null, ghost ? Mark.Removed : _marks.Of(ElementKind.Metric, metric.Id), _marks.Details(ElementKind.Metric, metric.Id));
        }
    }

    private IEnumerable<Block> BackStageBlocks(Column column, Step step, Step? old, double width)
    {
        var removed = old?.BackStage.Where(b => Gone(ElementKind.BackStageItem, b.Id)) ?? [];
        foreach (var (item, ghost) in step.BackStage.Select(b => (b, column.Ghost)).Concat(removed.Select(b => (b, true))))
        {
            var lines = Wrap(item.Name, width, FontSize);
            if (item.Description is { } description)
            {
                lines.AddRange(Wrap(description, width, FontSize));
            }

            yield return new Block("backstage", lines, Badge(item.Kind.ToString(), width - 5), ghost ? Mark.Removed : _marks.Of(ElementKind.BackStageItem, item.Id), _marks.Details(ElementKind.BackStageItem, item.Id), 5, _theme.BackStage);
        }
    }

    /// <summary>Tells whether a child of a step in the earlier revision is nowhere in the later one, under its id or a new one.</summary>
    private bool Gone(ElementKind kind, string id)
    {
        if (_present is null)
        {
            _present = [];
            foreach (var step in _map.Steps)
            {
                _present.UnionWith(step.PainPoints.Select(p => (ElementKind.PainPoint, p.Id)));
                _present.UnionWith(step.Opportunities.Select(o => (ElementKind.Opportunity, o.Id)));
                _present.UnionWith(step.BackStage.Select(b => (ElementKind.BackStageItem, b.Id)));
                _present.UnionWith(step.Metrics.Select(m => (ElementKind.Metric, m.Id)));
            }

            _present.UnionWith(_map.Stages.SelectMany(s => s.Metrics).Select(m => (ElementKind.Metric, m.Id)));
        }

        return !_present.Contains((kind, id)) && !_marks.LivesOn(kind, id);
    }

    private Mark MarkOf(Column column, ElementKind kind, string id) => column.Ghost ? Mark.Removed : _marks.Of(kind, id);

    /// <summary>The curves to draw: one per persona when emotions differ by persona, else one for everyone.</summary>
    private List<(string? Name, Emotion?[] Points)> EmotionCurves(List<Column> columns)
    {
        IEnumerable<Persona?> who = _options.PersonaId is { } id
            ? [_map.FindPersona(id) ?? throw new ArgumentException($"The map has no persona '{id}' to draw the emotions of (RenderOptions.PersonaId).")]
            : _map.Steps.Any(s => s.Emotions.Any(e => e.PersonaId is not null)) ? _map.Personas : new Persona?[] { null };
        return [.. who.Select(persona => (persona?.Name, columns.Select(c => c.Step is null || c.Ghost ? null : Feeling(c.Step, persona?.Id)).ToArray()))];
    }

    private static Emotion? Feeling(Step step, string? personaId) =>
        personaId is null ? step.Emotion ?? (step.Emotions.Count == 1 ? step.Emotions[0] : null) : step.EmotionFor(personaId);

    private List<string>[] EmotionLabels(List<Column> columns, List<(string? Name, Emotion?[] Points)> curves)
    {
        var width = _column - (CellPad * 2);
        var labels = new List<string>[columns.Count];
        for (var i = 0; i < columns.Count; i++)
        {
            labels[i] = [];
            foreach (var (name, points) in curves)
            {
                if (points[i] is { Label: { } label })
                {
                    labels[i].AddRange(Wrap(curves.Count > 1 ? $"{name}: {label}" : label, width, FontSize));
                }
            }
        }

        return labels;
    }

    private void Open(double width, double height, List<Column> columns)
    {
        var t = _theme;
        _svg.Append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"journeykit\" width=\"").AppendNumber(width).Append("\" height=\"").AppendNumber(height)
            .Append("\" viewBox=\"0 0 ").AppendNumber(width).Append(' ').AppendNumber(height).Append("\" role=\"img\" aria-labelledby=\"")
            .Append(_idPrefix).Append("-title ").Append(_idPrefix).Append("-desc\" font-family=\"system-ui, -apple-system, 'Segoe UI', 'Noto Sans', 'Noto Sans CJK SC', 'DejaVu Sans', sans-serif\" font-size=\"12\">\n");
        _svg.Append("<title id=\"").Append(_idPrefix).Append("-title\">").AppendEscaped($"Customer journey map: {_map.Title}").Append("</title>\n");
        _svg.Append("<desc id=\"").Append(_idPrefix).Append("-desc\">").AppendEscaped(Summary(columns)).Append("</desc>\n");
        _svg.Append("<style>")
            .Append(".journeykit text{fill:").Append(t.Text).Append("}.journeykit .muted,.journeykit .lane-label,.journeykit .badge,.journeykit .axis{fill:").Append(t.MutedText).Append('}')
            .Append(".journeykit .title{font-size:22px;font-weight:700}.journeykit .persona{font-size:14px;font-weight:700}")
            .Append(".journeykit .lane-label{font-weight:700}.journeykit .stage-name{fill:").Append(t.StageText).Append(";font-weight:700;font-size:14px}.journeykit .stage-text{fill:").Append(t.StageText).Append('}')
            .Append(".journeykit .step-name{font-weight:700;font-size:13px}.journeykit .thought{font-style:italic}.journeykit .badge{font-size:10px;font-weight:700;letter-spacing:.04em}")
            .Append(".journeykit .mark{font-size:10px;font-weight:700}.journeykit .removed text{text-decoration:line-through}")
            .Append(".journeykit .card{fill:").Append(t.Surface).Append(";stroke:").Append(t.Grid).Append("}.journeykit .grid{stroke:").Append(t.Grid).Append(";stroke-width:1}")
            .Append("</style>\n");
        _svg.Append("<rect width=\"100%\" height=\"100%\" fill=\"").Append(t.Background).Append("\"/>\n");
    }

    private string Summary(List<Column> columns)
    {
        var text = new StringBuilder();
        text.Append(_map.Personas.Count == 0 ? "A journey" : $"The journey of {string.Join(", ", _map.Personas.Select(p => p.Name))}")
            .Append(" in ").AppendNumber(_map.Stages.Count).Append(" stages: ").Append(string.Join(", ", _map.Stages.Select(s => s.Name))).Append('.');
        var felt = columns.Where(c => c.Step is not null && !c.Ghost && Feeling(c.Step, null) is not null).Select(c => (c.Step!, Feeling(c.Step!, null)!)).ToList();
        if (felt.Count > 0)
        {
            var low = felt.MinBy(f => f.Item2.Score);
            var high = felt.MaxBy(f => f.Item2.Score);
            text.Append(" Lowest feeling at '").Append(low.Item1.Name).Append("' (").AppendNumber(low.Item2.Score).Append("), highest at '").Append(high.Item1.Name).Append("' (").AppendNumber(high.Item2.Score).Append(").");
        }

        var pains = _map.Steps.Sum(s => s.PainPoints.Count);
        var opportunities = _map.Steps.Sum(s => s.Opportunities.Count);
        text.Append(' ').AppendNumber(pains).Append(" pain points, ").AppendNumber(opportunities).Append(" opportunities.");
        if (!_marks.IsEmpty)
        {
            text.Append(" Changes from the earlier revision are marked: added, removed, changed and moved.");
        }

        return text.ToString();
    }

    private double TextLines(double x, double baseline, List<string> lines, string cls, double lineHeight)
    {
        _svg.Append("<text x=\"").AppendNumber(x).Append("\" y=\"").AppendNumber(baseline).Append('"');
        if (cls.Length > 0)
        {
            _svg.Append(" class=\"").Append(cls).Append('"');
        }

        _svg.Append('>');
        for (var i = 0; i < lines.Count; i++)
        {
            _svg.Append("<tspan x=\"").AppendNumber(x).Append('"');
            if (i > 0)
            {
                _svg.Append(" dy=\"").AppendNumber(lineHeight).Append('"');
            }

            _svg.Append('>').AppendEscaped(lines[i]).Append("</tspan>");
        }

        _svg.Append("</text>\n");
        return baseline + ((lines.Count - 1) * lineHeight) + (lineHeight - 12);
    }

    private void DrawStages(List<(int First, int Count, Block Block)> stages, double y, double height)
    {
        _svg.Append("<g role=\"list\" aria-label=\"Stages\">\n");
        foreach (var (first, count, block) in stages)
        {
            var x = Pad + LabelWidth + (first * _column);
            _svg.Append("<g role=\"listitem\"").Append(block.Mark == Mark.Removed ? " class=\"removed\"" : "").Append(">\n");
            _svg.Append("<rect x=\"").AppendNumber(x + 2).Append("\" y=\"").AppendNumber(y + 2).Append("\" width=\"").AppendNumber((count * _column) - 4)
                .Append("\" height=\"").AppendNumber(height - 4).Append("\" rx=\"6\" fill=\"").Append(_theme.Stage).Append('"')
                .Append(block.Mark == Mark.Removed ? " fill-opacity=\"0.45\"" : "").Append("/>\n");
            var baseline = y + CellPad + 16;
            if (block.HeadingLines > 0)
            {
                TextLines(x + CellPad + BlockPad, baseline, block.Lines[..block.HeadingLines], "stage-name", 18);
                baseline += (block.HeadingLines * 18) + 2;
            }

            if (block.Lines.Count > block.HeadingLines)
            {
                TextLines(x + CellPad + BlockPad, baseline, block.Lines[block.HeadingLines..], "stage-text", LineHeight);
            }

            MarkBadge(block, x + (count * _column) - 8, y + height - 10, anchorEnd: true);
            _svg.Append("</g>\n");
        }

        _svg.Append("</g>\n");
    }

    private void DrawLane(Lane lane, List<Column> columns, double y)
    {
        _svg.Append("<g role=\"list\" aria-label=\"").AppendEscaped(lane.Name).Append("\">\n");
        _svg.Append("<line class=\"grid\" x1=\"").AppendNumber(Pad).Append("\" x2=\"").AppendNumber(Pad + LabelWidth + (columns.Count * _column))
            .Append("\" y1=\"").AppendNumber(y).Append("\" y2=\"").AppendNumber(y).Append("\"/>\n");
        TextLines(Pad, y + CellPad + 12, [lane.Name], "lane-label", LineHeight);
        for (var i = 0; i < columns.Count; i++)
        {
            var x = Pad + LabelWidth + (i * _column) + CellPad;
            var top = y + CellPad;
            foreach (var block in lane.Cells[i])
            {
                DrawBlock(block, x, top, _column - (CellPad * 2));
                top += block.Height + BlockGap;
            }
        }

        _svg.Append("</g>\n");
    }

    private void DrawBlock(Block block, double x, double y, double width)
    {
        _svg.Append("<g role=\"listitem\" class=\"").Append(block.Class).Append(block.Mark == Mark.Removed ? " removed" : "").Append("\">");
        if (block.Tip is { } tip)
        {
            _svg.Append("<title>").AppendEscaped(tip).Append("</title>");
        }

        _svg.Append("<rect class=\"card\" x=\"").AppendNumber(x).Append("\" y=\"").AppendNumber(y).Append("\" width=\"").AppendNumber(width)
            .Append("\" height=\"").AppendNumber(block.Height).Append("\" rx=\"4\"");
        if (block.Mark != Mark.None)
        {
            _svg.Append(" style=\"stroke:").Append(MarkColour(block.Mark)).Append(";stroke-width:2").Append(block.Mark == Mark.Removed ? ";stroke-dasharray:5 3" : "").Append('"');
        }

        _svg.Append("/>");
        if (block.BarColour is { } bar)
        {
            _svg.Append("<rect x=\"").AppendNumber(x).Append("\" y=\"").AppendNumber(y).Append("\" width=\"").AppendNumber(block.Bar)
                .Append("\" height=\"").AppendNumber(block.Height).Append("\" fill=\"").Append(bar).Append("\"/>");
        }

        var textX = x + BlockPad + block.Bar;
        var baseline = y + BlockPad + 12;
        if (block.BadgeLines is { } badge)
        {
            TextLines(textX, baseline, badge, "badge", LineHeight);
            baseline += badge.Count * LineHeight;
        }

        TextLines(textX, baseline, block.Lines, block.Class == "step" ? "step-name" : block.Class == "thought" ? "thought" : "", LineHeight);
        MarkBadge(block, x + width - 4, y + block.Height - 6, anchorEnd: true);
        _svg.Append("</g>\n");
    }

    private void MarkBadge(Block block, double x, double y, bool anchorEnd)
    {
        if (block.Mark == Mark.None)
        {
            return;
        }

        _svg.Append("<text class=\"mark\" x=\"").AppendNumber(x).Append("\" y=\"").AppendNumber(y).Append('"').Append(anchorEnd ? " text-anchor=\"end\"" : "")
            .Append(" style=\"fill:").Append(block.Mark == Mark.Removed || block.Class == "stage" ? _theme.Text : MarkColour(block.Mark)).Append(";text-decoration:none\">")
            .Append(ChangeMarks.Word(block.Mark)).Append("</text>");
    }

    private string MarkColour(Mark mark) => mark switch
    {
        Mark.Added => _theme.Added,
        Mark.Removed => _theme.Removed,
        Mark.Changed => _theme.Changed,
        _ => _theme.Moved,
    };

    private void DrawEmotion(List<Column> columns, List<(string? Name, Emotion?[] Points)> curves, List<string>[] labels, double y)
    {
        var scale = _map.EmotionScale;
        var top = y + CellPad + 8;
        double Y(int score) => top + ((scale.Max - score) * PlotHeight / (scale.Max - scale.Min));
        double X(int i) => Pad + LabelWidth + (i * _column) + (_column / 2);
        var neutral = scale.Min <= 0 && scale.Max >= 0 ? 0 : (scale.Min + scale.Max) / 2;
        var right = Pad + LabelWidth + (columns.Count * _column);

        _svg.Append("<g role=\"group\" aria-label=\"Emotion curve\">\n");
        _svg.Append("<line class=\"grid\" x1=\"").AppendNumber(Pad).Append("\" x2=\"").AppendNumber(right).Append("\" y1=\"").AppendNumber(y).Append("\" y2=\"").AppendNumber(y).Append("\"/>\n");
        TextLines(Pad, y + CellPad + 12, ["Feeling"], "lane-label", LineHeight);
        foreach (var (score, word) in new[] { (scale.Max, "best"), (neutral, "neutral"), (scale.Min, "worst") })
        {
            _svg.Append("<text class=\"axis\" text-anchor=\"end\" x=\"").AppendNumber(Pad + LabelWidth - 8).Append("\" y=\"").AppendNumber(Y(score) + 4).Append("\">")
                .Append(score.ToString("+0;-0;0", CultureInfo.InvariantCulture)).Append(' ').Append(word).Append("</text>\n");
        }

        _svg.Append("<line x1=\"").AppendNumber(Pad + LabelWidth).Append("\" x2=\"").AppendNumber(right).Append("\" y1=\"").AppendNumber(Y(neutral)).Append("\" y2=\"").AppendNumber(Y(neutral))
            .Append("\" stroke=\"").Append(_theme.MutedText).Append("\" stroke-dasharray=\"4 4\" aria-hidden=\"true\"/>\n");
        for (var c = 0; c < curves.Count; c++)
        {
            var (name, points) = curves[c];
            if (curves.Count > 1)
            {
                var legendY = top + PlotHeight + CellPad + 12 + (c * LineHeight);
                _svg.Append("<line x1=\"").AppendNumber(Pad).Append("\" x2=\"").AppendNumber(Pad + 22).Append("\" y1=\"").AppendNumber(legendY - 4).Append("\" y2=\"").AppendNumber(legendY - 4)
                    .Append("\" stroke=\"").Append(_theme.Emotion).Append("\" stroke-width=\"2\" stroke-dasharray=\"").Append(Dashes[c % Dashes.Length]).Append("\"/>");
                TextLines(Pad + 26, legendY, Wrap(name!, LabelWidth - 30, 11).Take(1).ToList(), "muted", LineHeight);
            }

            var path = new StringBuilder();
            var pen = false;
            for (var i = 0; i < points.Length; i++)
            {
                if (points[i] is not { } emotion)
                {
                    pen = false;
                    continue;
                }

                path.Append(pen ? " L" : (path.Length == 0 ? "M" : " M")).AppendNumber(X(i)).Append(' ').AppendNumber(Y(emotion.Score));
                pen = true;
            }

            if (path.Length > 0)
            {
                _svg.Append("<path d=\"").Append(path).Append("\" fill=\"none\" stroke=\"").Append(_theme.Emotion).Append("\" stroke-width=\"2.5\" stroke-linejoin=\"round\" stroke-dasharray=\"")
                    .Append(Dashes[c % Dashes.Length]).Append("\" aria-hidden=\"true\"/>\n");
            }

            for (var i = 0; i < points.Length; i++)
            {
                if (points[i] is { } emotion)
                {
                    Point(X(i), Y(emotion.Score), emotion.Score.CompareTo(neutral), emotion, name, columns[i].Step!);
                }
            }
        }

        var labelTop = top + PlotHeight + CellPad + 12;
        for (var i = 0; i < columns.Count; i++)
        {
            if (labels[i].Count > 0)
            {
                TextLines(Pad + LabelWidth + (i * _column) + CellPad, labelTop, labels[i], "muted", LineHeight);
            }
        }

        _svg.Append("</g>\n");
    }

    private void Point(double x, double y, int side, Emotion emotion, string? persona, Step step)
    {
        var score = emotion.Score.ToString("+0;-0;0", CultureInfo.InvariantCulture);
        _svg.Append("<g role=\"img\" aria-label=\"").AppendEscaped($"{step.Name}: {(persona is null ? "" : persona + " ")}feels {score}{(emotion.Label is null ? "" : ", " + emotion.Label)}").Append("\">");
        if (side > 0)
        {
            _svg.Append("<circle cx=\"").AppendNumber(x).Append("\" cy=\"").AppendNumber(y).Append("\" r=\"6\" fill=\"").Append(_theme.Positive).Append("\"/>");
        }
        else if (side < 0)
        {
            _svg.Append("<path d=\"M").AppendNumber(x - 7).Append(' ').AppendNumber(y - 5).Append(" L").AppendNumber(x + 7).Append(' ').AppendNumber(y - 5)
                .Append(" L").AppendNumber(x).Append(' ').AppendNumber(y + 7).Append(" Z\" fill=\"").Append(_theme.Negative).Append("\"/>");
        }
        else
        {
            _svg.Append("<rect x=\"").AppendNumber(x - 5).Append("\" y=\"").AppendNumber(y - 5).Append("\" width=\"10\" height=\"10\" transform=\"rotate(45 ")
                .AppendNumber(x).Append(' ').AppendNumber(y).Append(")\" fill=\"").Append(_theme.MutedText).Append("\"/>");
        }

        _svg.Append("<text x=\"").AppendNumber(x + 10).Append("\" y=\"").AppendNumber(y - 8).Append("\" class=\"badge\">").Append(score).Append("</text></g>\n");
    }

    private void LineOfVisibility(double y, double width)
    {
        _svg.Append("<line x1=\"").AppendNumber(Pad).Append("\" x2=\"").AppendNumber(width - Pad).Append("\" y1=\"").AppendNumber(y).Append("\" y2=\"").AppendNumber(y)
            .Append("\" stroke=\"").Append(_theme.Text).Append("\" stroke-width=\"1.5\" stroke-dasharray=\"10 5\"/>\n");
        _svg.Append("<text x=\"").AppendNumber(Pad).Append("\" y=\"").AppendNumber(y - 3).Append("\" class=\"badge\">LINE OF VISIBILITY</text>\n");
    }

    private void ColumnLines(List<Column> columns, double top, double bottom)
    {
        for (var i = 0; i <= columns.Count; i++)
        {
            if (i == 0 || i == columns.Count || !ReferenceEquals(columns[i].Stage, columns[i - 1].Stage))
            {
                var x = Pad + LabelWidth + (i * _column);
                _svg.Append("<line class=\"grid\" x1=\"").AppendNumber(x).Append("\" x2=\"").AppendNumber(x).Append("\" y1=\"").AppendNumber(top).Append("\" y2=\"").AppendNumber(bottom).Append("\"/>\n");
            }
        }
    }

    internal static string RevisionText(Revision revision) => string.Create(CultureInfo.InvariantCulture,
        $"Revision {revision.Number}{(revision.Date is { } date ? " of " + date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : "")}{(revision.Author is null ? "" : " by " + revision.Author)}");

    private string OwnerName(string id) => (_map.FindOwner(id) ?? _before?.FindOwner(id))?.Name ?? id;

    internal static string MetricText(Metric metric)
    {
        static string Value(decimal value, string? unit) => value.ToString("0.##", CultureInfo.InvariantCulture) + (unit is null ? "" : unit.Length <= 1 ? unit : " " + unit);
        var text = new StringBuilder(metric.Name);
        if (metric.Actual is { } actual)
        {
            text.Append(": ").Append(Value(actual, metric.Unit));
        }

        if (metric.Target is { } target)
        {
            text.Append(metric.Actual is null ? ": " : " ").Append("(target ").Append(Value(target, metric.Unit)).Append(')');
        }

        if (metric.MeetsTarget is { } meets)
        {
            text.Append(meets ? " ✓ met" : " ✗ missed");
        }

        return text.ToString();
    }

    internal static string SeverityWord(PainSeverity severity) => severity switch
    {
        PainSeverity.Critical => "!!!! Critical",
        PainSeverity.High => "!!! High",
        PainSeverity.Medium => "!! Medium",
        _ => "! Low",
    };

    internal static string StatusWord(OpportunityStatus status) => status == OpportunityStatus.InProgress ? "in progress" : status.ToString().ToLowerInvariant();

    internal static string Duration(TimeSpan duration) => duration.TotalDays >= 1 ? string.Create(CultureInfo.InvariantCulture, $"{duration.TotalDays:0.#} d")
        : duration.TotalHours >= 1 ? string.Create(CultureInfo.InvariantCulture, $"{duration.TotalHours:0.#} h")
        : duration.TotalMinutes >= 1 ? string.Create(CultureInfo.InvariantCulture, $"{duration.TotalMinutes:0.#} min")
        : string.Create(CultureInfo.InvariantCulture, $"{duration.TotalSeconds:0.#} s");

    /// <summary>Wraps a badge, which shows in capitals: a capital at 10px is about as wide as a small letter at 12px.</summary>
    private static List<string> Badge(string text, double width) => Wrap(text.ToUpperInvariant(), width, FontSize * Bold);

    private static List<string> Wrap(string text, double width, double fontSize)
    {
        if (!text.Contains('\n', StringComparison.Ordinal))
        {
            return TextWrap.Lines(text, width, fontSize);
        }

        return [.. text.Split('\n').SelectMany(part => TextWrap.Lines(part.TrimEnd('\r'), width, fontSize))];
    }
}
