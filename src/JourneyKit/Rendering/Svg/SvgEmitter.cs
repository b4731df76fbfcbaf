using JourneyKit.Diffing;
using JourneyKit.Presentation;
using JourneyKit.Rendering.Layout;
using static JourneyKit.Rendering.Layout.LayoutMetrics;

namespace JourneyKit.Rendering.Svg;

/// <summary>
/// Writes a <see cref="MapLayout"/> as an accessible SVG element: the theme's colours in one style sheet, a title and a
/// description for screen readers, lists for the stages and lanes, and marks of what a visual diff changed.
/// </summary>
internal sealed class SvgEmitter
{
    private static readonly string[] Dashes = ["", "7 4", "2 3", "9 3 2 3"];

    private readonly MapLayout _layout;
    private readonly RenderTheme _theme;
    private readonly Utf8Output _svg;

    private SvgEmitter(MapLayout layout, RenderTheme theme, Utf8Output svg)
    {
        _layout = layout;
        _theme = theme;
        _svg = svg;
    }

    /// <summary>Draws a map.</summary>
    public static SvgDocument Draw(JourneyMap map, RenderOptions options)
    {
        using var layout = MapLayouter.Lay(map, options);
        return Emit(layout, options.Theme, map.Steps.Count);
    }

    /// <summary>Draws the later of two revisions with what the diff changed marked, and what it removed drawn in place.</summary>
    public static SvgDocument DrawDiff(JourneyMap before, JourneyMap after, JourneyDiff diff, RenderOptions options)
    {
        using var layout = MapLayouter.LayDiff(before, after, diff, options);
        return Emit(layout, options.Theme, after.Steps.Count);
    }

    private static SvgDocument Emit(MapLayout layout, RenderTheme theme, int steps)
    {
        var svg = new Utf8Output(12288 + (steps * 3000));
        try
        {
            new SvgEmitter(layout, theme, svg).Write();
            return new SvgDocument(svg);
        }
        catch
        {
            svg.Dispose();
            throw;
        }
    }

    private void Write()
    {
        Open();
        foreach (var row in _layout.Header)
        {
            Text(row);
        }

        Stages(_layout.Stages);
        foreach (var lane in _layout.Lanes)
        {
            switch (lane)
            {
                case BlockLaneLayout blocks:
                    BlockLane(blocks);
                    break;
                case EmotionLaneLayout emotion:
                    EmotionLane(emotion);
                    break;
                default:
                    throw new System.Diagnostics.UnreachableException($"No drawing for the lane layout {lane.GetType().Name}.");
            }
        }

        foreach (var x in _layout.ColumnLines.Xs)
        {
            _svg.Raw("<line class=\"grid\" x1=\""u8).Number(x).Raw("\" x2=\""u8).Number(x).Raw("\" y1=\""u8).Number(_layout.ColumnLines.Top)
                .Raw("\" y2=\""u8).Number(_layout.ColumnLines.Bottom).Raw("\"/>\n"u8);
        }

        if (_layout.Paths is { } paths)
        {
            Text(paths.Heading);
            _svg.Raw("<g role=\"list\" aria-label=\""u8).Text(_layout.Language["Paths"]).Raw("\">\n"u8);
            foreach (var item in paths.Items)
            {
                Text(item);
            }

            _svg.Raw("</g>\n"u8);
        }

        _svg.Raw("</svg>\n"u8);
    }

    private void Open()
    {
        var (t, width, height, id) = (_theme, _layout.Width, _layout.Height, "jk-" + _layout.MapId);
        _svg.Raw("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"journeykit\" width=\""u8).Number(width).Raw("\" height=\""u8).Number(height)
            .Raw("\" viewBox=\"0 0 "u8).Number(width).Raw(' ').Number(height).Raw("\" role=\"img\" aria-labelledby=\""u8)
            .Raw(id).Raw("-title "u8).Raw(id).Raw("-desc\" font-family=\"system-ui, -apple-system, 'Segoe UI', 'Noto Sans', 'Noto Sans CJK SC', 'DejaVu Sans', sans-serif\" font-size=\"12\">\n"u8);
        _svg.Raw("<title id=\""u8).Raw(id).Raw("-title\">"u8).Text(_layout.Language.Format("Title", _layout.Title)).Raw("</title>\n"u8);
        _svg.Raw("<desc id=\""u8).Raw(id).Raw("-desc\">"u8).Text(_layout.Summary).Raw("</desc>\n"u8);
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

    private void Text(TextRow row) => Text(row.X, row.Baseline, row.Lines, ClassOf(row.Style), row.LineHeight, row.ListItem);

    private static string ClassOf(TextStyle style) => style switch
    {
        TextStyle.Title => "title",
        TextStyle.Muted => "muted",
        TextStyle.Persona => "persona",
        TextStyle.LaneLabel => "lane-label",
        TextStyle.Badge => "badge",
        _ => "",
    };

    private static string ClassOf(BlockKind kind) => kind switch
    {
        BlockKind.Stage => "stage",
        BlockKind.Step => "step",
        BlockKind.Note => "note",
        BlockKind.Touchpoint => "touchpoint",
        BlockKind.Action => "action",
        BlockKind.Thought => "thought",
        BlockKind.PainPoint => "pain",
        BlockKind.Opportunity => "opportunity",
        BlockKind.Owner => "owner",
        BlockKind.Metric => "metric",
        _ => "backstage",
    };

    private string BarColour(BlockKind kind) => kind switch
    {
        BlockKind.PainPoint => _theme.PainPoint,
        BlockKind.Opportunity => _theme.Opportunity,
        _ => _theme.BackStage,
    };

    private void Text(double x, double baseline, WrappedText lines, string cls, double lineHeight, bool listItem = false, bool quoted = false)
    {
        _svg.Raw(listItem ? "<text role=\"listitem\" x=\""u8 : "<text x=\""u8).Number(x).Raw("\" y=\""u8).Number(baseline).Raw('"');
        if (cls.Length > 0)
        {
            _svg.Raw(" class=\""u8).Raw(cls).Raw('"');
        }

        _svg.Raw('>');
        if (lines.Length == 1)
        {
            _svg.Text(quoted ? _layout.Language["Quote.Open"] : "");
            Line(lines[0]);
            _svg.Text(quoted ? _layout.Language["Quote.Close"] : "");
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

                _svg.Raw('>').Text(quoted && i == 0 ? _layout.Language["Quote.Open"] : "");
                Line(lines[i]);
                _svg.Text(quoted && i == lines.Length - 1 ? _layout.Language["Quote.Close"] : "").Raw("</tspan>"u8);
            }
        }

        _svg.Raw("</text>\n"u8);
    }

    /// <summary>
    /// Writes one line of text; a line with right-to-left letters (Hebrew, Arabic...) goes in a first-strong isolate, so
    /// it reads in its own direction (punctuation at its ends included) while the line stays where the layout put it.
    /// </summary>
    private void Line(string line)
    {
        var rtl = RightToLeft.Has(line);
        _svg.Raw(rtl ? "\u2068"u8 : default).Text(line).Raw(rtl ? "\u2069"u8 : default);
    }

    private void Stages(StageRow row)
    {
        var (y, height) = (row.Y, row.Height);
        _svg.Raw("<g role=\"list\" aria-label=\""u8).Text(_layout.Language["Page.Stages"]).Raw("\">\n"u8);
        foreach (var (block, x, width) in row.Cells)
        {
            _svg.Raw("<g role=\"listitem\""u8).Raw(block.Mark == Mark.Removed ? " class=\"removed\"" : "").Raw(">\n"u8);
            _svg.Raw("<rect x=\""u8).Number(x + 2).Raw("\" y=\""u8).Number(y + 2).Raw("\" width=\""u8).Number(width - 4)
                .Raw("\" height=\""u8).Number(height - 4).Raw("\" rx=\"6\" fill=\""u8).Raw(_theme.Stage).Raw('"')
                .Raw(block.Mark == Mark.Removed ? " fill-opacity=\"0.45\"" : "").Raw("/>\n"u8);
            var baseline = y + CellPad + 16;
            if (block.HeadingLines > 0)
            {
                Text(x + CellPad + BlockPad, baseline, block.Lines.ToArray()[..block.HeadingLines], "stage-name", StageNameLineHeight);
                baseline += (block.HeadingLines * StageNameLineHeight) + 2;
            }

            if (block.Lines.Length > block.HeadingLines)
            {
                Text(x + CellPad + BlockPad, baseline, block.Lines.ToArray()[block.HeadingLines..], "stage-text", LineHeight);
            }

            MarkBadge(block, x + width - 8, y + height - 10);
            _svg.Raw("</g>\n"u8);
        }

        _svg.Raw("</g>\n"u8);
    }

    private void BlockLane(BlockLaneLayout lane)
    {
        if (lane.LineOfVisibility is { } line)
        {
            _svg.Raw("<line x1=\""u8).Number(line.Left).Raw("\" x2=\""u8).Number(line.Right).Raw("\" y1=\""u8).Number(line.Y).Raw("\" y2=\""u8).Number(line.Y)
                .Raw("\" stroke=\""u8).Raw(_theme.Text).Raw("\" stroke-width=\"1.5\" stroke-dasharray=\"10 5\"/>\n"u8);
            Text(line.Label);
        }

        LaneStart(lane);
        foreach (ref readonly var placed in lane.Blocks.All)
        {
            Block(in placed);
        }

        _svg.Raw("</g>\n"u8);
    }

    /// <summary>Opens the lane's list with the line above it and its label.</summary>
    private void LaneStart(LaneLayout lane)
    {
        var (left, right) = _layout.Grid;
        _svg.Raw("<g role=\"list\" aria-label=\""u8).Text(lane.Name).Raw("\">\n"u8);
        _svg.Raw("<line class=\"grid\" x1=\""u8).Number(left).Raw("\" x2=\""u8).Number(right)
            .Raw("\" y1=\""u8).Number(lane.Top).Raw("\" y2=\""u8).Number(lane.Top).Raw("\"/>\n"u8);
        Text(lane.Label);
    }

    private void Block(in PlacedBlock placed)
    {
        var block = placed.Block;
        var (x, y, width, height) = (placed.X, placed.Y, placed.Width, block.Height);
        if (block.Plain)
        {
            // Only thoughts (italic) and notes (muted) are styled; other plain lines need no class.
            Text(x + 2, y + 12, block.Lines, block.Kind is BlockKind.Thought or BlockKind.Note ? ClassOf(block.Kind) : "", LineHeight, listItem: true, quoted: block.Quoted);
            return;
        }

        _svg.Raw("<g role=\"listitem\" class=\""u8).Raw(ClassOf(block.Kind)).Raw(block.Mark == Mark.Removed ? " removed" : "").Raw("\">"u8);
        if (block.Tip is { } tip)
        {
            _svg.Raw("<title>"u8).Text(tip).Raw("</title>"u8);
        }

        _svg.Raw("<rect class=\"card\" x=\""u8).Number(x).Raw("\" y=\""u8).Number(y).Raw("\" width=\""u8).Number(width)
            .Raw("\" height=\""u8).Number(height).Raw("\" rx=\"4\""u8);
        if (block.Mark != Mark.None)
        {
            _svg.Raw(" style=\"stroke:"u8).Raw(MarkColour(block.Mark)).Raw(";stroke-width:2"u8).Raw(block.Mark == Mark.Removed ? ";stroke-dasharray:5 3" : "").Raw('"');
        }

        _svg.Raw("/>"u8);
        if (block.Bar > 0)
        {
            _svg.Raw("<rect x=\""u8).Number(x).Raw("\" y=\""u8).Number(y).Raw("\" width=\""u8).Number(block.Bar)
                .Raw("\" height=\""u8).Number(height).Raw("\" fill=\""u8).Raw(BarColour(block.Kind)).Raw("\"/>"u8);
        }

        var textX = x + BlockPad + block.Bar;
        var baseline = y + BlockPad + 12;
        if (block.BadgeLines is { IsEmpty: false } badge)
        {
            Text(textX, baseline, badge, "badge", LineHeight);
            baseline += badge.Length * LineHeight;
        }

        Text(textX, baseline, block.Lines, block.Kind == BlockKind.Step ? "step-name" : block.Kind == BlockKind.Thought ? "thought" : "", LineHeight, quoted: block.Quoted);
        MarkBadge(in block, x + width - 4, y + height - 6);
        _svg.Raw("</g>\n"u8);
    }

    /// <summary>Writes a block's change mark, right-aligned at <paramref name="x"/>.</summary>
    private void MarkBadge(in Block block, double x, double y)
    {
        if (block.Mark == Mark.None)
        {
            return;
        }

        _svg.Raw("<text class=\"mark\" x=\""u8).Number(x).Raw("\" y=\""u8).Number(y).Raw('"').Raw(" text-anchor=\"end\""u8)
            .Raw(" style=\"fill:"u8).Raw(block.Mark == Mark.Removed || block.Kind == BlockKind.Stage ? _theme.Text : MarkColour(block.Mark)).Raw(";text-decoration:none\">"u8)
            .Text(ChangeMarks.WordKey(block.Mark) is { } key ? _layout.Language[key] : "").Raw("</text>"u8);
    }

    private string MarkColour(Mark mark) => mark switch
    {
        Mark.Added => _theme.Added,
        Mark.Removed => _theme.Removed,
        Mark.Changed => _theme.Changed,
        _ => _theme.Moved,
    };

    private void EmotionLane(EmotionLaneLayout lane)
    {
        var (left, right) = _layout.Grid;
        _svg.Raw("<g role=\"group\" aria-label=\""u8).Text(_layout.Language["EmotionCurve"]).Raw("\">\n"u8);
        _svg.Raw("<line class=\"grid\" x1=\""u8).Number(left).Raw("\" x2=\""u8).Number(right).Raw("\" y1=\""u8).Number(lane.Top).Raw("\" y2=\""u8).Number(lane.Top).Raw("\"/>\n"u8);
        Text(lane.Label);
        foreach (var axis in lane.Axis)
        {
            _svg.Raw("<text class=\"axis\" text-anchor=\"end\" x=\""u8).Number(axis.X).Raw("\" y=\""u8).Number(axis.Y).Raw("\">"u8)
                .Raw(MapText.Score(axis.Score)).Raw(' ').Text(axis.Word).Raw("</text>\n"u8);
        }

        _svg.Raw("<line x1=\""u8).Number(lane.Plot.Left).Raw("\" x2=\""u8).Number(lane.Plot.Right).Raw("\" y1=\""u8).Number(lane.NeutralY).Raw("\" y2=\""u8).Number(lane.NeutralY)
            .Raw("\" stroke=\""u8).Raw(_theme.MutedText).Raw("\" stroke-dasharray=\"4 4\" aria-hidden=\"true\"/>\n"u8);
        foreach (var curve in lane.Curves)
        {
            Curve(curve);
        }

        if (lane.HiddenCurves is { } hidden)
        {
            Text(hidden);
        }

        foreach (var feeling in lane.Feelings)
        {
            Text(feeling);
        }

        _svg.Raw("</g>\n"u8);
    }

    private void Curve(EmotionCurve curve)
    {
        if (curve.Legend is { } legend)
        {
            _svg.Raw("<line x1=\""u8).Number(legend.X1).Raw("\" x2=\""u8).Number(legend.X2).Raw("\" y1=\""u8).Number(legend.Y).Raw("\" y2=\""u8).Number(legend.Y)
                .Raw("\" stroke=\""u8).Raw(_theme.Emotion).Raw("\" stroke-width=\"2\" stroke-dasharray=\""u8).Raw(Dashes[curve.Index % Dashes.Length]).Raw("\"/>"u8);
            Text(legend.Name);
        }

        using var path = new Utf8Output(curve.Points.Count * 16);
        var pen = false;
        foreach (var point in curve.Points)
        {
            if (point is not { } p)
            {
                pen = false;
                continue;
            }

            path.Raw(pen ? " L"u8 : (path.Length == 0 ? "M"u8 : " M"u8)).Number(p.X).Raw(' ').Number(p.Y);
            pen = true;
        }

        if (path.Length > 0)
        {
            _svg.Raw("<path d=\""u8).Raw(path.Written).Raw("\" fill=\"none\" stroke=\""u8).Raw(_theme.Emotion).Raw("\" stroke-width=\"2.5\" stroke-linejoin=\"round\" stroke-dasharray=\""u8)
                .Raw(Dashes[curve.Index % Dashes.Length]).Raw("\" aria-hidden=\"true\"/>\n"u8);
        }

        foreach (var point in curve.Points)
        {
            if (point is { } p)
            {
                Point(p, curve.Persona);
            }
        }
    }

    private void Point(CurvePoint point, string? persona)
    {
        var (x, y, side, emotion, step, labelX, labelY) = point;
        var score = MapText.Score(emotion.Score);
        _svg.Raw("<g role=\"img\" aria-label=\""u8).Text(step.Name).Raw(": "u8).Text(_layout.Language.Format("Feeling.Feels", persona ?? "", score).TrimStart());
        if (emotion.Label is { } label)
        {
            _svg.Raw(", "u8).Text(label);
        }

        _svg.Raw("\">"u8);
        if (side > 0)
        {
            _svg.Raw("<circle cx=\""u8).Number(x).Raw("\" cy=\""u8).Number(y).Raw("\" r=\"6\" fill=\""u8).Raw(_theme.Positive).Raw("\"/>"u8);
        }
        else if (side < 0)
        {
            _svg.Raw("<path d=\"M"u8).Number(x - 7).Raw(' ').Number(y - 5).Raw(" L"u8).Number(x + 7).Raw(' ').Number(y - 5)
                .Raw(" L"u8).Number(x).Raw(' ').Number(y + 7).Raw(" Z\" fill=\""u8).Raw(_theme.Negative).Raw("\"/>"u8);
        }
        else
        {
            _svg.Raw("<rect x=\""u8).Number(x - 5).Raw("\" y=\""u8).Number(y - 5).Raw("\" width=\"10\" height=\"10\" transform=\"rotate(45 "u8)
                .Number(x).Raw(' ').Number(y).Raw(")\" fill=\""u8).Raw(_theme.MutedText).Raw("\"/>"u8);
        }

        _svg.Raw("<text x=\""u8).Number(labelX).Raw("\" y=\""u8).Number(labelY).Raw("\" class=\"badge\">"u8).Raw(score).Raw("</text></g>\n"u8);
    }
}
