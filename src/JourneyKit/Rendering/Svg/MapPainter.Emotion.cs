using System.Globalization;
using JourneyKit.Presentation;

namespace JourneyKit.Rendering.Svg;

/// <summary>The emotion lane of the picture: one curve per persona (at most eight), the feelings in words and the points.</summary>
internal sealed partial class MapPainter
{
    private double DrawEmotion(List<Column> columns, double y)
    {
        var (curves, hidden) = EmotionCurves(columns);
        var labels = EmotionLabels(columns, curves);
        var legend = curves.Count > 1 ? curves.Count + (hidden > 0 ? 1 : 0) : 0;
        var height = PlotHeight + (CellPad * 3) + 8 + (Math.Max(legend, labels.Max(l => l.Count)) * LineHeight);
        var scale = _map.EmotionScale;
        var top = y + CellPad + 8;
        double Y(int score) => top + ((scale.Max - score) * PlotHeight / (scale.Max - scale.Min));
        double X(int i) => Pad + LabelWidth + (i * _column) + (_column / 2);
        var neutral = scale.Min <= 0 && scale.Max >= 0 ? 0 : (scale.Min + scale.Max) / 2;
        var right = Pad + LabelWidth + (columns.Count * _column);

        _svg.Raw("<g role=\"group\" aria-label=\"Emotion curve\">\n"u8);
        _svg.Raw("<line class=\"grid\" x1=\""u8).Number(Pad).Raw("\" x2=\""u8).Number(right).Raw("\" y1=\""u8).Number(y).Raw("\" y2=\""u8).Number(y).Raw("\"/>\n"u8);
        TextLines(Pad, y + CellPad + 12, ["Feeling"], "lane-label", LineHeight);
        foreach (var (score, word) in new[] { (scale.Max, "best"), (neutral, "neutral"), (scale.Min, "worst") })
        {
            _svg.Raw("<text class=\"axis\" text-anchor=\"end\" x=\""u8).Number(Pad + LabelWidth - 8).Raw("\" y=\""u8).Number(Y(score) + 4).Raw("\">"u8)
                .Raw(MapText.Score(score)).Raw(' ').Raw(word).Raw("</text>\n"u8);
        }

        _svg.Raw("<line x1=\""u8).Number(Pad + LabelWidth).Raw("\" x2=\""u8).Number(right).Raw("\" y1=\""u8).Number(Y(neutral)).Raw("\" y2=\""u8).Number(Y(neutral))
            .Raw("\" stroke=\""u8).Raw(_theme.MutedText).Raw("\" stroke-dasharray=\"4 4\" aria-hidden=\"true\"/>\n"u8);
        for (var c = 0; c < curves.Count; c++)
        {
            var (name, points) = curves[c];
            if (curves.Count > 1)
            {
                var legendY = top + PlotHeight + CellPad + 12 + (c * LineHeight);
                _svg.Raw("<line x1=\""u8).Number(Pad).Raw("\" x2=\""u8).Number(Pad + 22).Raw("\" y1=\""u8).Number(legendY - 4).Raw("\" y2=\""u8).Number(legendY - 4)
                    .Raw("\" stroke=\""u8).Raw(_theme.Emotion).Raw("\" stroke-width=\"2\" stroke-dasharray=\""u8).Raw(Dashes[c % Dashes.Length]).Raw("\"/>"u8);
                TextLines(Pad + 26, legendY, [Wrap(name!, LabelWidth - 30, 11)[0]], "muted", LineHeight);
            }

            using var path = new Utf8Output(points.Length * 16);
            var pen = false;
            for (var i = 0; i < points.Length; i++)
            {
                if (points[i] is not { } emotion)
                {
                    pen = false;
                    continue;
                }

                path.Raw(pen ? " L"u8 : (path.Length == 0 ? "M"u8 : " M"u8)).Number(X(i)).Raw(' ').Number(Y(emotion.Score));
                pen = true;
            }

            if (path.Length > 0)
            {
                _svg.Raw("<path d=\""u8).Raw(path.Written).Raw("\" fill=\"none\" stroke=\""u8).Raw(_theme.Emotion).Raw("\" stroke-width=\"2.5\" stroke-linejoin=\"round\" stroke-dasharray=\""u8)
                    .Raw(Dashes[c % Dashes.Length]).Raw("\" aria-hidden=\"true\"/>\n"u8);
            }

            for (var i = 0; i < points.Length; i++)
            {
                if (points[i] is { } emotion)
                {
                    Point(X(i), Y(emotion.Score), emotion.Score.CompareTo(neutral), emotion, name, columns[i].Step!);
                }
            }
        }

        if (hidden > 0)
        {
            TextLines(Pad, top + PlotHeight + CellPad + 12 + (curves.Count * LineHeight), [string.Create(CultureInfo.InvariantCulture, $"+{hidden} more personas: see their feelings in the detail tables")], "muted", LineHeight);
        }

        var labelTop = top + PlotHeight + CellPad + 12;
        for (var i = 0; i < columns.Count; i++)
        {
            if (labels[i].Count > 0)
            {
                TextLines(Pad + LabelWidth + (i * _column) + CellPad, labelTop, [.. labels[i]], "muted", LineHeight);
            }
        }

        _svg.Raw("</g>\n"u8);
        return height;
    }

    private void Point(double x, double y, int side, Emotion emotion, string? persona, Step step)
    {
        var score = MapText.Score(emotion.Score);
        _svg.Raw("<g role=\"img\" aria-label=\""u8).Text(step.Name).Raw(": "u8);
        if (persona is not null)
        {
            _svg.Text(persona).Raw(' ');
        }

        _svg.Raw("feels "u8).Raw(score);
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

        _svg.Raw("<text x=\""u8).Number(x + 10).Raw("\" y=\""u8).Number(y - 8).Raw("\" class=\"badge\">"u8).Raw(score).Raw("</text></g>\n"u8);
    }

    /// <summary>
    /// The curves to draw: one per persona when emotions differ by persona (at most <see cref="MaxCurves"/>, so the
    /// picture grows with the steps, not with steps times personas), else one for everyone.
    /// </summary>
    private (List<(string? Name, Emotion?[] Points)> Curves, int Hidden) EmotionCurves(List<Column> columns)
    {
        IReadOnlyList<Persona?> who = _options.PersonaId is { } id
            ? [_map.FindPersona(id) ?? throw new ArgumentException($"The map has no persona '{id}' to draw the emotions of (RenderOptions.PersonaId).")]
            : _map.Steps.Any(s => s.Emotions.Any(e => e.PersonaId is not null)) ? _map.Personas : new Persona?[] { null };
        var hidden = Math.Max(0, who.Count - MaxCurves);
        return ([.. who.Take(MaxCurves).Select(persona => (persona?.Name, columns.Select(c => c.Step is null || c.Ghost ? null : Feeling(c.Step, persona?.Id)).ToArray()))], hidden);
    }

    /// <summary>The most persona curves one picture draws; more would not be told apart.</summary>
    private const int MaxCurves = 8;

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
                    labels[i].AddRange(Wrap(curves.Count > 1 ? $"{name}: {label}" : label, width, FontSize, remember: true).ToArray());
                }
            }
        }

        return labels;
    }
}
