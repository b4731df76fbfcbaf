using JourneyKit.Analysis;
using JourneyKit.Localization;
using JourneyKit.Rendering.Layout;
using JourneyKit.Rendering.Svg;
using static JourneyKit.Rendering.Charts.ChartCanvas;

namespace JourneyKit.Rendering.Charts;

/// <summary>
/// Draws the funnel: a row per step under a row per stage, each step's bar the share of customers who reach it, the
/// biggest drop-offs marked with the share lost in a contrasting colour, a triangle and words.
/// </summary>
internal static class FunnelChart
{
    private const double Width = 760;
    private const double LabelWidth = 240;
    private const double BarLeft = Margin + LabelWidth + 12;
    private const double BarWidth = 300;
    private const double ValueLeft = BarLeft + BarWidth + 10;
    private const double ValueWidth = Width - Margin - ValueLeft;
    private const double RowPad = 8;

    public static SvgDocument Draw(JourneyAnalysis analysis, JourneyMap map, RenderTheme theme, JourneyLanguage words)
    {
        using var canvas = new ChartCanvas(theme, words, 4096 + (map.Steps.Count * 700));
        var funnel = analysis.Funnel;
        var title = words.Format("Chart.Funnel.Title", map.Title);
        var y = canvas.Heading(Width, title, words.Format("Chart.Funnel.Subtitle", canvas.Percent(funnel.JourneyConversion)));
        var body = canvas.Body;
        var dropOffs = funnel.BiggestDropOffs.Where(d => d.Lost > 0).ToDictionary(d => d.StepId, StringComparer.Ordinal);
        if (funnel.Steps.IsEmpty)
        {
            canvas.Text(Margin, y + FontSize, Wrap(words["Page.NoSteps"], Width - (2 * Margin)), "muted");
            y += LineHeight + Margin;
            return Finish(canvas, map, y, title, funnel, dropOffs);
        }

        // The scale: 0 to 100% above the bars, with a light line down from each tick.
        body.Raw("<g aria-hidden=\"true\">\n"u8);
        for (var tick = 0; tick <= 4; tick++)
        {
            canvas.Text(BarLeft + (tick * BarWidth / 4), y + 10, new WrappedText(canvas.Percent(tick / 4m)), "muted small", anchor: "middle");
        }

        body.Raw("</g>\n"u8);
        y += 18;
        var top = y;
        var stageOf = funnel.Stages.ToDictionary(s => s.StageId, StringComparer.Ordinal);
        body.Raw("<g role=\"list\">\n"u8);
        var steps = funnel.Steps.ToDictionary(s => s.StepId, StringComparer.Ordinal);
        foreach (var stage in map.Stages)
        {
            // A stage row: its name, and the share of its entrants who go on.
            var name = Wrap(stage.Name, LabelWidth + BarWidth - 60);
            var goesOn = stageOf.TryGetValue(stage.Id, out var figures) && figures.Conversion is { } c
                ? Wrap(words.Format("Chart.Funnel.StageGoesOn", canvas.Percent(c)), ValueWidth)
                : default;
            body.Raw("<g role=\"listitem\">\n<line class=\"grid\" x1=\""u8).Number(Margin).Raw("\" x2=\""u8).Number(Width - Margin).Raw("\" y1=\""u8).Number(y)
                .Raw("\" y2=\""u8).Number(y).Raw("\"/>\n"u8);
            canvas.Text(Margin, y + RowPad + FontSize, name, "strong");
            canvas.Text(ValueLeft, y + RowPad + FontSize, goesOn, "muted");
            body.Raw("</g>\n"u8);
            y += (Math.Max(name.Length, goesOn.Length) * LineHeight) + (2 * RowPad);

            foreach (var step in stage.Steps)
            {
                if (!steps.TryGetValue(step.Id, out var row))
                {
                    continue;
                }

                var label = Wrap(step.Name, LabelWidth - 12);
                var lost = dropOffs.TryGetValue(step.Id, out var drop) ? Wrap("▼ " + words.Format("Chart.Funnel.Lost", canvas.Percent(drop.Lost)), ValueWidth) : default;
                var barY = y + RowPad + 1;
                body.Raw("<g role=\"listitem\">\n"u8);
                canvas.Text(Margin + 12, y + RowPad + FontSize, label, "");
                body.Raw("<rect class=\"card\" x=\""u8).Number(BarLeft).Raw("\" y=\""u8).Number(barY).Raw("\" width=\""u8).Number(BarWidth)
                    .Raw("\" height=\"14\" aria-hidden=\"true\"/>"u8);
                var reach = (double)row.Reach * BarWidth;
                if (reach > 0)
                {
                    body.Raw("<rect x=\""u8).Number(BarLeft).Raw("\" y=\""u8).Number(barY).Raw("\" width=\""u8).Number(reach)
                        .Raw("\" height=\"14\" fill=\""u8).Raw(theme.Emotion).Raw("\" aria-hidden=\"true\"/>"u8);
                }

                if (drop is not null)
                {
                    var lostWidth = Math.Min((double)drop.Lost * BarWidth, reach);
                    body.Raw("<rect x=\""u8).Number(BarLeft + reach - lostWidth).Raw("\" y=\""u8).Number(barY).Raw("\" width=\""u8).Number(lostWidth)
                        .Raw("\" height=\"14\" fill=\""u8).Raw(theme.Negative).Raw("\" stroke=\""u8).Raw(theme.Background).Raw("\" stroke-dasharray=\"3 2\" aria-hidden=\"true\"/>"u8);
                }

                body.Raw('\n');
                canvas.Text(ValueLeft, y + RowPad + FontSize, new WrappedText(canvas.Percent(row.Reach)), "strong");
                canvas.Text(ValueLeft, y + RowPad + FontSize + LineHeight, lost, "loss");
                body.Raw("</g>\n"u8);
                y += (Math.Max(label.Length, 1 + lost.Length) * LineHeight) + (2 * RowPad);
            }
        }

        body.Raw("</g>\n<g aria-hidden=\"true\">\n"u8);
        for (var tick = 0; tick <= 4; tick++)
        {
            var x = BarLeft + (tick * BarWidth / 4);
            body.Raw("<line class=\"grid\" stroke-dasharray=\"2 3\" x1=\""u8).Number(x).Raw("\" x2=\""u8).Number(x).Raw("\" y1=\""u8).Number(top)
                .Raw("\" y2=\""u8).Number(y).Raw("\"/>\n"u8);
        }

        body.Raw("</g>\n"u8);
        if (dropOffs.Count > 0)
        {
            // The legend of the mark: a swatch and its words, so the colour is never the only cue.
            y += 8;
            body.Raw("<g>\n<rect x=\""u8).Number(Margin).Raw("\" y=\""u8).Number(y + 1).Raw("\" width=\"14\" height=\"14\" fill=\""u8).Raw(theme.Negative).Raw("\" aria-hidden=\"true\"/>\n"u8);
            var legend = Wrap("▼ " + words["Chart.Funnel.DropOff"], Width - (2 * Margin) - 22);
            canvas.Text(Margin + 22, y + FontSize, legend, "loss");
            body.Raw("</g>\n"u8);
            y += legend.Length * LineHeight;
        }

        return Finish(canvas, map, y + Margin, title, funnel, dropOffs);
    }

    private static SvgDocument Finish(ChartCanvas canvas, JourneyMap map, double height, string title, Funnel funnel, Dictionary<string, FunnelStep> dropOffs)
    {
        var words = canvas.Words;
        var description = words.Format("Chart.Funnel.Description", funnel.Steps.Count, canvas.Percent(funnel.JourneyConversion));
        if (dropOffs.Count > 0)
        {
            description += " " + words.Format(
                "Chart.Funnel.Description.DropOffs",
                string.Join("; ", funnel.BiggestDropOffs.Where(d => dropOffs.ContainsKey(d.StepId))
                    .Select(d => (map.FindStep(d.StepId)?.Name ?? d.StepId) + " (" + words.Format("Chart.Funnel.Lost", canvas.Percent(d.Lost)) + ")")));
        }

        return canvas.Finish("jk-" + map.Id + "-funnel", "funnel", Width, Math.Ceiling(height), title, description);
    }
}
