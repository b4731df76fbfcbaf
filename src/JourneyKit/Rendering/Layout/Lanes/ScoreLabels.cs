namespace JourneyKit.Rendering.Layout.Lanes;

/// <summary>
/// Places the score beside each point of the emotion curves where no curve segment runs through it and no other score
/// sits: above and to the right of the point first, then below it, then left of it, then further right. A label is
/// narrower than a column, so only the point's own column and its neighbours are looked at: linear in the points.
/// </summary>
internal static class ScoreLabels
{
    /// <summary>The estimated size of a score label (two or three characters of the badge style), and its gap from the point.</summary>
    private const double Width = 20;
    private const double Ascent = 10;
    private const double Descent = 3;
    private const double Gap = 10;

    private static readonly (double Dx, double Dy)[] Candidates =
    [
        (Gap, -8), (Gap, 8 + Ascent), (-Gap - Width, -8), (-Gap - Width, 8 + Ascent),
        (Gap + Width, -8), (Gap + Width, 8 + Ascent), (Gap + (2 * Width), -8), (Gap + (2 * Width), 8 + Ascent),
    ];

    public static void Place(List<EmotionCurve> curves)
    {
        var columns = curves.Count == 0 ? 0 : curves[0].Points.Count;
        var placed = new List<(double Left, double Top, double Right, double Bottom)>?[columns];
        foreach (var curve in curves)
        {
            var points = (CurvePoint?[])curve.Points;
            for (var i = 0; i < points.Length; i++)
            {
                if (points[i] is not { } point)
                {
                    continue;
                }

                var before = i > 0 ? points[i - 1] : null;
                var after = i + 1 < points.Length ? points[i + 1] : null;
                var (dx, dy) = Candidates[0];
                foreach (var candidate in Candidates)
                {
                    var box = Box(point.X + candidate.Dx, point.Y + candidate.Dy);
                    if (!Crosses(box, before, point) && !Crosses(box, point, after) && !NearLabel(box, placed, i) && !NearPoint(box, curves, i))
                    {
                        (dx, dy) = candidate;
                        break;
                    }
                }

                (placed[i] ??= []).Add(Box(point.X + dx, point.Y + dy));
                points[i] = point with { LabelX = point.X + dx, LabelY = point.Y + dy };
            }
        }
    }

    private static (double Left, double Top, double Right, double Bottom) Box(double x, double baseline) => (x, baseline - Ascent, x + Width, baseline + Descent);

    private static bool Overlap((double Left, double Top, double Right, double Bottom) a, (double Left, double Top, double Right, double Bottom) b) =>
        a.Left < b.Right && b.Left < a.Right && a.Top < b.Bottom && b.Top < a.Bottom;

    /// <summary>Whether the segment between two points passes through the box (sampled finely enough for the box's size).</summary>
    private static bool Crosses((double Left, double Top, double Right, double Bottom) box, CurvePoint? from, CurvePoint? to)
    {
        if (from is not { } a || to is not { } b)
        {
            return false;
        }

        const int Samples = 32;
        for (var s = 0; s <= Samples; s++)
        {
            var x = a.X + ((b.X - a.X) * s / Samples);
            var y = a.Y + ((b.Y - a.Y) * s / Samples);
            if (x >= box.Left - 1 && x <= box.Right + 1 && y >= box.Top - 1 && y <= box.Bottom + 1)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether the box overlaps a label already placed in this column or a neighbouring one.</summary>
    private static bool NearLabel((double Left, double Top, double Right, double Bottom) box, List<(double Left, double Top, double Right, double Bottom)>?[] placed, int column)
    {
        for (var c = Math.Max(0, column - 1); c <= Math.Min(placed.Length - 1, column + 1); c++)
        {
            foreach (var other in placed[c] ?? [])
            {
                if (Overlap(box, other))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>Whether the box covers the marker of a point of any curve in this column or a neighbouring one.</summary>
    private static bool NearPoint((double Left, double Top, double Right, double Bottom) box, List<EmotionCurve> curves, int column)
    {
        foreach (var curve in curves)
        {
            for (var c = Math.Max(0, column - 1); c <= Math.Min(curve.Points.Count - 1, column + 1); c++)
            {
                if (curve.Points[c] is { } p && Overlap(box, (p.X - 7, p.Y - 7, p.X + 7, p.Y + 7)))
                {
                    return true;
                }
            }
        }

        return false;
    }
}
