using JourneyKit.Building;

namespace JourneyKit.Tests.Analysis;

/// <summary>Small maps whose figures can be worked out by hand.</summary>
internal static class AnalysisMaps
{
    /// <summary>One stage, "Shop", with the steps s1 to s<paramref name="count"/> in order.</summary>
    public static JourneyMapBuilder Chain(int count, Action<StepBuilder, int>? configure = null) => JourneyMap.Create("Shop online")
        .Stage("Shop", stage =>
        {
            for (var i = 1; i <= count; i++)
            {
                var n = i;
                stage.Step($"S{n}", step =>
                {
                    step.Id($"s{n}");
                    configure?.Invoke(step, n);
                });
            }
        });

    /// <summary>Two stages, Browse (b1, b2) and Buy (p1, p2), for stage figures.</summary>
    public static JourneyMapBuilder TwoStages() => JourneyMap.Create("Shop online")
        .Stage("Browse", s => s.Step("B1", st => st.Id("b1")).Step("B2", st => st.Id("b2")))
        .Stage("Buy", s => s.Step("P1", st => st.Id("p1")).Step("P2", st => st.Id("p2")));
}
