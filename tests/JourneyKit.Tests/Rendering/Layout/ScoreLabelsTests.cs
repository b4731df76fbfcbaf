using JourneyKit.Rendering;
using JourneyKit.Rendering.Layout;

namespace JourneyKit.Tests.Rendering.Layout;

public class ScoreLabelsTests
{
    private static (double Left, double Top, double Right, double Bottom) Box(CurvePoint point) => (point.LabelX, point.LabelY - 10, point.LabelX + 20, point.LabelY + 3);

    private static bool Overlap((double Left, double Top, double Right, double Bottom) a, (double Left, double Top, double Right, double Bottom) b) =>
        a.Left < b.Right && b.Left < a.Right && a.Top < b.Bottom && b.Top < a.Bottom;

    /// <summary>Whether a straight segment meets a box, by exact clipping of the segment to the box.</summary>
    private static bool Meets((double Left, double Top, double Right, double Bottom) box, CurvePoint a, CurvePoint b)
    {
        var (t0, t1) = (0.0, 1.0);
        var (dx, dy) = (b.X - a.X, b.Y - a.Y);
        foreach (var (p, q) in new[] { (-dx, a.X - box.Left), (dx, box.Right - a.X), (-dy, a.Y - box.Top), (dy, box.Bottom - a.Y) })
        {
            if (p == 0)
            {
                if (q < 0)
                {
                    return false;
                }

                continue;
            }

            var r = q / p;
            (t0, t1) = p < 0 ? (Math.Max(t0, r), t1) : (t0, Math.Min(t1, r));
        }

        return t0 <= t1;
    }

    private static List<EmotionCurve> Curves(JourneyMap map)
    {
        using var layout = MapLayouter.Lay(map, RenderOptions.Default);
        return [.. layout.Lanes.OfType<EmotionLaneLayout>().Single().Curves];
    }

    [Theory]
    [InlineData(new[] { -2, 2, -2, 2, -2, 2 })]
    [InlineData(new[] { -2, -1, 0, 1, 2, 2 })]
    [InlineData(new[] { 2, 1, 0, -1, -2, -2 })]
    [InlineData(new[] { 0, 0, 0, 0 })]
    public void Place_AnyCurve_PutsNoScoreUnderTheLine(int[] scores)
    {
        var map = JourneyMap.Create("Curve").Stage("All", s =>
        {
            for (var i = 0; i < scores.Length; i++)
            {
                var score = scores[i];
                s.Step($"Step {i}", st => st.Emotion(score));
            }
        }).Build();

        var points = Curves(map).Single().Points.Select(p => p!.Value).ToList();

        for (var i = 0; i < points.Count; i++)
        {
            var box = Box(points[i]);
            (i > 0 && Meets(box, points[i - 1], points[i])).Should().BeFalse($"the score of step {i} is clear of the segment before it");
            (i + 1 < points.Count && Meets(box, points[i], points[i + 1])).Should().BeFalse($"the score of step {i} is clear of the segment after it");
        }
    }

    [Fact]
    public void Place_PersonasFeelingTheSame_PutsTheirScoresApart()
    {
        var map = JourneyMap.Create("Curves")
            .Persona("Ann").Persona("Bob").Persona("Cem")
            .Stage("All", s => s
                .Step("One", st => st.Emotion(1, persona: "Ann").Emotion(1, persona: "Bob").Emotion(1, persona: "Cem"))
                .Step("Two", st => st.Emotion(-1, persona: "Ann").Emotion(-1, persona: "Bob").Emotion(0, persona: "Cem"))
                .Step("Three", st => st.Emotion(2, persona: "Ann").Emotion(2, persona: "Bob").Emotion(2, persona: "Cem")))
            .Build();

        var labels = Curves(map).SelectMany(c => c.Points).Select(p => Box(p!.Value)).ToList();

        for (var a = 0; a < labels.Count; a++)
        {
            for (var b = a + 1; b < labels.Count; b++)
            {
                Overlap(labels[a], labels[b]).Should().BeFalse($"scores {a} and {b} do not sit on each other");
            }
        }
    }
}
