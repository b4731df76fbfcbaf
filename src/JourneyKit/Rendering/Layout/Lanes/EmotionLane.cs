using static JourneyKit.Rendering.Layout.LayoutMetrics;

namespace JourneyKit.Rendering.Layout.Lanes;

/// <summary>
/// The emotion curve through the steps' scores: one curve per persona when feelings differ by persona (at most
/// <see cref="MaxCurves"/>, so the picture grows with the steps, not with steps times personas), else one for everyone,
/// with the scale, a neutral line and the feelings in words.
/// </summary>
internal sealed class EmotionLane() : Lane("Lane.Feeling", MapLanes.Emotions)
{
    /// <summary>The most persona curves one picture draws; more would not be told apart.</summary>
    private const int MaxCurves = 8;

    /// <exception cref="ArgumentException"><see cref="RenderOptions.PersonaId"/> names a persona the map does not have.</exception>
    public override LaneLayout Lay(LayoutContext context, IReadOnlyList<Column> columns, double top)
    {
        var map = context.Map;
        var column = context.ColumnWidth;
        var (who, hidden) = Personas(context);
        var feelings = Feelings(context, columns, who);
        var legend = who.Count > 1 ? who.Count + (hidden > 0 ? 1 : 0) : 0;
        var height = PlotHeight + (CellPad * 3) + 8 + (Math.Max(legend, feelings.Max(l => l.Count)) * LineHeight);
        var scale = map.EmotionScale;
        var plotTop = top + CellPad + 8;
        double Y(int score) => plotTop + ((scale.Max - score) * PlotHeight / (scale.Max - scale.Min));
        double X(int i) => Pad + LabelWidth + (i * column) + (column / 2);
        var neutral = scale.Min <= 0 && scale.Max >= 0 ? 0 : (scale.Min + scale.Max) / 2;
        var right = Pad + LabelWidth + (columns.Count * column);
        var language = context.Language;
        var axis = new[] { (scale.Max, language["Feeling.Best"]), (neutral, language["Feeling.Neutral"]), (scale.Min, language["Feeling.Worst"]) }
            .Select(a => new AxisLabel(Pad + LabelWidth - 8, Y(a.Item1) + 4, a.Item1, a.Item2))
            .ToList();

        var legendTop = plotTop + PlotHeight + CellPad + 12;
        var curves = new List<EmotionCurve>(who.Count);
        for (var c = 0; c < who.Count; c++)
        {
            var persona = who[c];
            CurveLegend? key = null;
            if (who.Count > 1)
            {
                var legendY = legendTop + (c * LineHeight);
                key = new CurveLegend(Pad, Pad + 22, legendY - 4, new TextRow(Pad + 26, legendY, new WrappedText(context.Wrap(persona!.Name, LabelWidth - 30, 11)[0]), TextStyle.Muted, LineHeight));
            }

            var points = new CurvePoint?[columns.Count];
            for (var i = 0; i < columns.Count; i++)
            {
                if (columns[i] is { Step: { } step, Ghost: false } && Feeling(step, persona?.Id) is { } emotion)
                {
                    points[i] = new CurvePoint(X(i), Y(emotion.Score), emotion.Score.CompareTo(neutral), emotion, step);
                }
            }

            curves.Add(new EmotionCurve(persona?.Name, c, key, points));
        }

        ScoreLabels.Place(curves);

        TextRow? more = hidden > 0
            ? new TextRow(Pad, legendTop + (who.Count * LineHeight), new WrappedText(language.Plural("Feeling.MorePersonas", hidden)), TextStyle.Muted, LineHeight)
            : null;
        var words = new List<TextRow>(columns.Count);
        for (var i = 0; i < columns.Count; i++)
        {
            if (feelings[i].Count > 0)
            {
                words.Add(new TextRow(Pad + LabelWidth + (i * column) + CellPad, legendTop, new WrappedText([.. feelings[i]]), TextStyle.Muted, LineHeight));
            }
        }

        return new EmotionLaneLayout(Name(context), Label(context, top), top, top + height)
        {
            Plot = (Pad + LabelWidth, right),
            Axis = axis,
            NeutralY = Y(neutral),
            Curves = curves,
            HiddenCurves = more,
            Feelings = words,
        };
    }

    /// <summary>Gets the feeling a step shows on a persona's curve, or on everyone's when <paramref name="personaId"/> is <see langword="null"/>.</summary>
    public static Emotion? Feeling(Step step, string? personaId) =>
        personaId is null ? step.Emotion ?? (step.Emotions.Count == 1 ? step.Emotions[0] : null) : step.EmotionFor(personaId);

    /// <summary>Gets whose curves to draw (a <see langword="null"/> persona is everyone), and how many personas are left out.</summary>
    private static (IReadOnlyList<Persona?> Who, int Hidden) Personas(LayoutContext context)
    {
        var map = context.Map;
        IReadOnlyList<Persona?> who = context.Options.PersonaId is { } id
            ? [map.FindPersona(id) ?? throw new ArgumentException($"The map has no persona '{id}' to draw the emotions of (RenderOptions.PersonaId).")]
            : AnyPersonaFeeling(map) ? map.Personas : new Persona?[] { null };
        return ([.. who.Take(MaxCurves)], Math.Max(0, who.Count - MaxCurves));
    }

    private static bool AnyPersonaFeeling(JourneyMap map)
    {
        foreach (var step in map.Steps)
        {
            foreach (var emotion in step.Emotions)
            {
                if (emotion.PersonaId is not null)
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>Gets the feelings in words under each column, one per curve that has a label there.</summary>
    private static List<string>[] Feelings(LayoutContext context, IReadOnlyList<Column> columns, IReadOnlyList<Persona?> who)
    {
        var width = context.ColumnWidth - (CellPad * 2);
        var labels = new List<string>[columns.Count];
        for (var i = 0; i < columns.Count; i++)
        {
            labels[i] = [];
            if (columns[i] is not { Step: { } step, Ghost: false })
            {
                continue;
            }

            for (var p = 0; p < who.Count; p++)
            {
                var persona = who[p];
                if (Feeling(step, persona?.Id) is { Label: { } label })
                {
                    labels[i].AddRange(context.Wrap(who.Count > 1 ? $"{persona!.Name}: {label}" : label, width, FontSize, remember: true).ToArray());
                }
            }
        }

        return labels;
    }
}
