using JourneyKit.Analysis;
using JourneyKit.Localization;
using JourneyKit.Presentation;
using JourneyKit.Rendering.Layout;
using JourneyKit.Rendering.Svg;
using static JourneyKit.Rendering.Charts.ChartCanvas;

namespace JourneyKit.Rendering.Charts;

/// <summary>
/// Draws the value/effort matrix: impact up, effort to the right, a cell for each pair of levels and the four quadrants
/// over them, named; each opportunity is a card in its cell, numbered in priority order, and a cell's cards stack.
/// </summary>
internal static class MatrixChart
{
    private const double AxisWidth = 110;
    private const double CellWidth = 210;
    private const double GridLeft = Margin + AxisWidth;
    private const double Width = GridLeft + (3 * CellWidth) + Margin;
    private const double CardPad = 6;
    private const double CardGap = 6;
    private const double Bar = 4;

    public static SvgDocument Draw(JourneyAnalysis analysis, JourneyMap map, RenderTheme theme, JourneyLanguage words)
    {
        var priorities = analysis.Priorities;
        using var canvas = new ChartCanvas(theme, words, 6144 + (priorities.Count * 800));
        var body = canvas.Body;
        var title = words.Format("Chart.Matrix.Title", map.Title);
        var y = canvas.Heading(Width, title, words[priorities.IsEmpty ? "Page.NoOpportunities" : "Page.Opportunities"]);

        var found = new Dictionary<string, Opportunity>(StringComparer.Ordinal);
        foreach (var step in map.Steps)
        {
            foreach (var opportunity in step.Opportunities)
            {
                found.TryAdd(opportunity.Id, opportunity);
            }
        }

        // Cells by row (impact high, medium, low) and column (effort low, medium, high), each with its cards.
        var cells = new List<Card>[9];
        for (var i = 0; i < cells.Length; i++)
        {
            cells[i] = [];
        }

        var cardWidth = CellWidth - (2 * CardPad) - 2;
        var textWidth = cardWidth - Bar - (2 * CardPad) - 4;
        for (var i = 0; i < priorities.Count; i++)
        {
            var p = priorities[i];
            var name = found.TryGetValue(p.OpportunityId, out var o) ? o.Title : p.OpportunityId;
            var lines = Wrap($"{i + 1}. {name}", textWidth);
            var at = Wrap(words.Format("Chart.Matrix.Step", map.FindStep(p.StepId)?.Name ?? p.StepId), textWidth, SmallSize);
            cells[(Row(p.Impact) * 3) + (int)p.Effort].Add(new Card(lines, at, CardPad + (lines.Length * LineHeight) + (at.Length * SmallLineHeight) + CardPad));
        }

        // The quadrants: quick wins and major projects over the top two rows, fill-ins and those to reconsider over the bottom one.
        var quadrants = new (Quadrant Quadrant, int Row, int Column, int Rows, int Columns, string Fill, string Opacity)[]
        {
            (Quadrant.QuickWin, 0, 0, 2, 1, theme.Positive, "0.14"),
            (Quadrant.MajorProject, 0, 1, 2, 2, theme.Emotion, "0.08"),
            (Quadrant.FillIn, 2, 0, 1, 1, theme.Surface, "1"),
            (Quadrant.Reconsider, 2, 1, 1, 2, theme.Negative, "0.08"),
        };
        var headers = quadrants.Select(q => Wrap(QuadrantName(q.Quadrant, words), (q.Columns * CellWidth) - (2 * CardPad))).ToArray();
        var headerHeight = new double[3];
        foreach (var (q, header) in quadrants.Zip(headers))
        {
            headerHeight[q.Row] = Math.Max(headerHeight[q.Row], (header.Length * LineHeight) + 8);
        }

        var rowTop = new double[4];
        var axis = Wrap(words["Header.Impact"] + " ↑", Width - (2 * Margin));
        canvas.Text(Margin, y + FontSize, axis, "strong");
        rowTop[0] = y + (axis.Length * LineHeight) + 8;
        for (var r = 0; r < 3; r++)
        {
            var tallest = 0.0;
            for (var c = 0; c < 3; c++)
            {
                tallest = Math.Max(tallest, cells[(r * 3) + c].Sum(card => card.Height + CardGap));
            }

            rowTop[r + 1] = rowTop[r] + Math.Max(64, headerHeight[r] + CardPad + tallest + CardPad);
        }

        body.Raw("<g role=\"list\">\n"u8);
        foreach (var (q, header) in quadrants.Zip(headers))
        {
            var (x, top) = (GridLeft + (q.Column * CellWidth), rowTop[q.Row]);
            body.Raw("<g role=\"listitem\">\n<rect x=\""u8).Number(x).Raw("\" y=\""u8).Number(top).Raw("\" width=\""u8).Number(q.Columns * CellWidth)
                .Raw("\" height=\""u8).Number(rowTop[q.Row + q.Rows] - top).Raw("\" fill=\""u8).Raw(q.Fill).Raw("\" fill-opacity=\""u8).Raw(q.Opacity)
                .Raw("\" stroke=\""u8).Raw(theme.Grid).Raw("\"/>\n"u8);
            canvas.Text(x + CardPad, top + 6 + FontSize, header, "strong");
            body.Raw("</g>\n"u8);
        }

        body.Raw("</g>\n<g aria-hidden=\"true\">\n"u8);
        // Within the quadrants, the lines between medium and high effort and between high and medium impact.
        Line(body, GridLeft + (2 * CellWidth), GridLeft + (2 * CellWidth), rowTop[0], rowTop[3]);
        Line(body, GridLeft, GridLeft + (3 * CellWidth), rowTop[1], rowTop[1]);
        body.Raw("</g>\n<g role=\"list\">\n"u8);
        for (var r = 0; r < 3; r++)
        {
            for (var c = 0; c < 3; c++)
            {
                var (x, top) = (GridLeft + (c * CellWidth) + CardPad, rowTop[r] + headerHeight[r] + CardPad);
                foreach (var card in cells[(r * 3) + c])
                {
                    body.Raw("<g role=\"listitem\">\n<rect class=\"card\" x=\""u8).Number(x).Raw("\" y=\""u8).Number(top).Raw("\" width=\""u8).Number(cardWidth)
                        .Raw("\" height=\""u8).Number(card.Height).Raw("\" rx=\"4\"/><rect x=\""u8).Number(x).Raw("\" y=\""u8).Number(top).Raw("\" width=\""u8).Number(Bar)
                        .Raw("\" height=\""u8).Number(card.Height).Raw("\" fill=\""u8).Raw(theme.Opportunity).Raw("\"/>\n"u8);
                    canvas.Text(x + Bar + CardPad, top + CardPad + FontSize, card.Lines, "");
                    canvas.Text(x + Bar + CardPad, top + CardPad + (card.Lines.Length * LineHeight) + SmallSize, card.At, "muted small", SmallLineHeight);
                    body.Raw("</g>\n"u8);
                    top += card.Height + CardGap;
                }
            }
        }

        // The axes: impact's levels beside the rows, effort's under the columns.
        body.Raw("</g>\n<g>\n"u8);
        Level[] levels = [Level.High, Level.Medium, Level.Low];
        for (var r = 0; r < 3; r++)
        {
            canvas.Text(Margin, rowTop[r] + headerHeight[r] + CardPad + FontSize, Wrap(MapText.Capitalized(MapText.Level(levels[r], words)), AxisWidth - 12), "muted");
        }

        body.Raw("</g>\n<g>\n"u8);
        var bottom = rowTop[3] + 6;
        var tallestLevel = 0;
        for (var c = 0; c < 3; c++)
        {
            var level = Wrap(MapText.Capitalized(MapText.Level((Level)c, words)), CellWidth - 12);
            canvas.Text(GridLeft + (c * CellWidth) + (CellWidth / 2), bottom + FontSize, level, "muted", anchor: "middle");
            tallestLevel = Math.Max(tallestLevel, level.Length);
        }

        body.Raw("</g>\n"u8);
        bottom += (tallestLevel * LineHeight) + 4;
        var effort = Wrap(words["Header.Effort"] + " →", 3 * CellWidth);
        canvas.Text(GridLeft + (1.5 * CellWidth), bottom + FontSize, effort, "strong", anchor: "middle");
        bottom += effort.Length * LineHeight;

        var count = new int[4];
        foreach (var p in priorities)
        {
            count[(int)p.Quadrant]++;
        }

        var description = words.Format("Chart.Matrix.Description", count[0], count[1], count[2], count[3]);
        return canvas.Finish("jk-" + map.Id + "-matrix", "matrix", Width, Math.Ceiling(bottom + Margin), title, description);
    }

    /// <summary>The row of an impact: high at the top.</summary>
    private static int Row(Level impact) => 2 - (int)impact;

    private static string QuadrantName(Quadrant quadrant, JourneyLanguage words) => words[quadrant switch
    {
        Quadrant.QuickWin => "Chart.Quadrant.QuickWin",
        Quadrant.MajorProject => "Chart.Quadrant.MajorProject",
        Quadrant.FillIn => "Chart.Quadrant.FillIn",
        _ => "Chart.Quadrant.Reconsider",
    }];

    private static void Line(Utf8Output body, double x1, double x2, double y1, double y2) =>
        body.Raw("<line class=\"grid\" stroke-dasharray=\"4 4\" x1=\""u8).Number(x1).Raw("\" x2=\""u8).Number(x2).Raw("\" y1=\""u8).Number(y1).Raw("\" y2=\""u8).Number(y2).Raw("\"/>\n"u8);

    private readonly record struct Card(WrappedText Lines, WrappedText At, double Height);
}
