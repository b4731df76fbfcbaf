using JourneyKit.Analysis;
using JourneyKit.Localization;
using JourneyKit.Presentation;
using JourneyKit.Rendering.Layout;
using JourneyKit.Rendering.Svg;
using static JourneyKit.Rendering.Charts.ChartCanvas;

namespace JourneyKit.Rendering.Charts;

/// <summary>
/// Draws emotion curves overlaid on one scale: one per persona of a map (a point per step), or one per segment's map
/// (a point per stage, matched by id). Each curve has its own colour, dash and marker, named in a legend.
/// </summary>
internal static class CurvesChart
{
    private const double AxisWidth = 56;
    private const double PlotLeft = Margin + AxisWidth;
    private const double MinWidth = 640;
    private const double PlotHeight = 220;
    private const double LegendNameWidth = 240;

    /// <summary>Draws the curve of each persona of a map, or one for all customers when it has no personas.</summary>
    public static SvgDocument Draw(JourneyAnalysis analysis, JourneyMap map, RenderTheme theme, JourneyLanguage words)
    {
        var steps = map.Steps;
        var index = new Dictionary<string, int>(steps.Count, StringComparer.Ordinal);
        for (var i = 0; i < steps.Count; i++)
        {
            index[steps[i].Id] = i;
        }

        var series = new List<Series>();
        foreach (var curve in analysis.Coverage.PersonaCurves)
        {
            var scores = new decimal?[steps.Count];
            foreach (var point in curve.Points)
            {
                if (index.TryGetValue(point.StepId, out var i))
                {
                    scores[i] = point.Score;
                }
            }

            series.Add(new Series(map.FindPersona(curve.PersonaId)?.Name ?? curve.PersonaId, scores));
        }

        if (series.Count == 0)
        {
            series.Add(new Series(words["Chart.Curves.Everyone"], [.. steps.Select(StepScore)]));
        }

        var title = words.Format("Chart.Curves.Title", map.Title);
        var description = words.Format("Chart.Curves.Description", Names(series), MapText.Score(map.EmotionScale.Min), MapText.Score(map.EmotionScale.Max));
        return Draw("jk-" + map.Id + "-curves", title, description, [.. steps.Select(s => s.Name)], series, map.EmotionScale, theme, words);
    }

    /// <summary>Draws the curve of each segment's map, a point per stage (the average of its steps' scores), stages matched by id in order of first appearance.</summary>
    public static SvgDocument Draw(IReadOnlyList<(string Name, JourneyMap Map)> segments, RenderTheme theme, JourneyLanguage words)
    {
        var columns = new Dictionary<string, int>(StringComparer.Ordinal);
        var labels = new List<string>();
        foreach (var (_, map) in segments)
        {
            foreach (var stage in map.Stages)
            {
                if (columns.TryAdd(stage.Id, labels.Count))
                {
                    labels.Add(stage.Name);
                }
            }
        }

        var series = new List<Series>(segments.Count);
        var (min, max) = (int.MaxValue, int.MinValue);
        foreach (var (name, map) in segments)
        {
            var scores = new decimal?[labels.Count];
            foreach (var stage in map.Stages)
            {
                var (sum, count) = (0m, 0);
                foreach (var step in stage.Steps)
                {
                    if (StepScore(step) is { } score)
                    {
                        (sum, count) = (sum + score, count + 1);
                    }
                }

                scores[columns[stage.Id]] = count == 0 ? null : Math.Round(sum / count, 2, MidpointRounding.AwayFromZero);
            }

            series.Add(new Series(name, scores));
            (min, max) = (Math.Min(min, map.EmotionScale.Min), Math.Max(max, map.EmotionScale.Max));
        }

        var title = words["Chart.Curves.BySegment"];
        var description = words.Format("Chart.Curves.Description.Stages", Names(series), MapText.Score(min), MapText.Score(max));
        return Draw("jk-segments-curves", title, description, [.. labels], series, new EmotionScale(min, max), theme, words);
    }

    private static SvgDocument Draw(string id, string title, string description, string[] labels, List<Series> series, EmotionScale scale, RenderTheme theme, JourneyLanguage words)
    {
        using var canvas = new ChartCanvas(theme, words, 4096 + (labels.Length * series.Count * 260) + (labels.Length * 200));
        var body = canvas.Body;
        var columnWidth = Math.Max(120, (MinWidth - PlotLeft - Margin) / Math.Max(1, labels.Length));
        var width = PlotLeft + (labels.Length * columnWidth) + Margin;
        var y = canvas.Heading(width, title, null);
        var palette = canvas.Palette;

        // The legend: a sample of each curve's line, dash and marker, and its name, flowing into rows.
        body.Raw("<g role=\"list\">\n"u8);
        var (x, rowHeight) = (Margin, 0.0);
        for (var i = 0; i < series.Count; i++)
        {
            var name = Wrap(series[i].Name, LegendNameWidth);
            var itemWidth = 38 + name.ToArray().Max(l => TextWrap.Em(l) * FontSize) + 18;
            if (x > Margin && x + itemWidth > width - Margin)
            {
                (x, y, rowHeight) = (Margin, y + rowHeight, 0);
            }

            body.Raw("<g role=\"listitem\">\n<line x1=\""u8).Number(x).Raw("\" x2=\""u8).Number(x + 30).Raw("\" y1=\""u8).Number(y + 8).Raw("\" y2=\""u8).Number(y + 8)
                .Raw("\" stroke=\""u8).Raw(palette[i % palette.Length]).Raw("\" stroke-width=\"2.5\" stroke-dasharray=\""u8).Raw(Dashes[i % Dashes.Length]).Raw("\"/>"u8);
            canvas.Marker(i, x + 15, y + 8, palette[i % palette.Length]);
            body.Raw('\n');
            canvas.Text(x + 38, y + FontSize, name, "");
            body.Raw("</g>\n"u8);
            (x, rowHeight) = (x + itemWidth, Math.Max(rowHeight, (name.Length * LineHeight) + 8));
        }

        body.Raw("</g>\n"u8);
        y += rowHeight + 10;
        canvas.Text(Margin, y + FontSize, Wrap(words["Header.Emotion"], width - (2 * Margin)), "strong");
        var top = y + LineHeight + 14;
        var (min, max) = (scale.Min, scale.Max);
        double Y(decimal score) => top + ((double)(max - score) / (max - min) * PlotHeight);
        double X(int column) => PlotLeft + (column * columnWidth) + (columnWidth / 2);

        // The scale: a line and a label per score (every few scores on a wide scale), the middle dashed.
        body.Raw("<g aria-hidden=\"true\">\n"u8);
        var every = Math.Max(1, (int)Math.Ceiling((max - min) / 8.0));
        for (var score = min; score <= max; score += every)
        {
            Tick(canvas, score, Y(score), width);
        }

        if ((max - min) % every != 0)
        {
            Tick(canvas, max, Y(max), width);
        }

        var middle = Y((min + max) / 2m);
        body.Raw("<line x1=\""u8).Number(PlotLeft).Raw("\" x2=\""u8).Number(width - Margin).Raw("\" y1=\""u8).Number(middle).Raw("\" y2=\""u8).Number(middle)
            .Raw("\" stroke=\""u8).Raw(theme.MutedText).Raw("\" stroke-dasharray=\"4 4\"/>\n</g>\n"u8);

        // The curves: a path broken where a step (or stage) has no score, then a marker with a tooltip on each point.
        using var path = new Utf8Output(labels.Length * 16);
        for (var i = 0; i < series.Count; i++)
        {
            var (colour, scores) = (palette[i % palette.Length], series[i].Scores);
            body.Raw("<g>\n"u8);
            var pen = false;
            for (var c = 0; c < scores.Length; c++)
            {
                if (scores[c] is { } score)
                {
                    path.Raw(pen ? " L"u8 : (path.Length == 0 ? "M"u8 : " M"u8)).Number(X(c)).Raw(' ').Number(Y(score));
                }

                pen = scores[c] is not null;
            }

            if (path.Length > 0)
            {
                body.Raw("<path d=\""u8).Raw(path.Written).Raw("\" fill=\"none\" stroke=\""u8).Raw(colour)
                    .Raw("\" stroke-width=\"2.5\" stroke-linejoin=\"round\" stroke-dasharray=\""u8).Raw(Dashes[i % Dashes.Length]).Raw("\" aria-hidden=\"true\"/>\n"u8);
            }

            path.Clear();
            for (var c = 0; c < scores.Length; c++)
            {
                if (scores[c] is { } score)
                {
                    body.Raw("<g><title>"u8).Text(series[i].Name).Raw(" · "u8).Text(labels[c]).Raw(": "u8).Text(words.Number(score)).Raw("</title>"u8);
                    canvas.Marker(i, X(c), Y(score), colour);
                    body.Raw("</g>\n"u8);
                }
            }

            body.Raw("</g>\n"u8);
        }

        // The steps (or stages) under the plot, each wrapped to its column.
        y = top + PlotHeight + 12;
        var tallest = 0;
        body.Raw("<g>\n"u8);
        for (var c = 0; c < labels.Length; c++)
        {
            var label = Wrap(labels[c], columnWidth - 10);
            canvas.Text(X(c), y + FontSize, label, "", anchor: "middle");
            tallest = Math.Max(tallest, label.Length);
        }

        body.Raw("</g>\n"u8);
        y += tallest * LineHeight;
        if (series.All(s => s.Scores.All(score => score is null)))
        {
            canvas.Text(Margin, y + 8 + FontSize, Wrap(words["Chart.Curves.None"], width - (2 * Margin)), "muted");
            y += LineHeight + 8;
        }

        return canvas.Finish(id, "curves", width, Math.Ceiling(y + Margin), title, description);
    }

    private static void Tick(ChartCanvas canvas, int score, double y, double width)
    {
        canvas.Body.Raw("<line class=\"grid\" x1=\""u8).Number(PlotLeft).Raw("\" x2=\""u8).Number(width - Margin).Raw("\" y1=\""u8).Number(y).Raw("\" y2=\""u8).Number(y).Raw("\"/>\n"u8);
        canvas.Text(PlotLeft - 8, y + 4, new WrappedText(MapText.Score(score)), "muted", anchor: "end");
    }

    /// <summary>A step's score: the one for everyone, else the average of its personas' scores.</summary>
    internal static decimal? StepScore(Step step) =>
        step.Emotion is { } everyone ? everyone.Score : step.Emotions.IsEmpty ? null : Math.Round((decimal)step.Emotions.Average(e => e.Score), 2, MidpointRounding.AwayFromZero);

    private static string Names(List<Series> series) => string.Join("; ", series.Select(s => s.Name));

    private sealed record Series(string Name, decimal?[] Scores);
}
