using JourneyKit.Analysis;
using JourneyKit.Tests.Support;

namespace JourneyKit.Tests.Analysis;

/// <summary>What holds for the analysis of any map: shares stay shares, routes account for no more than everyone, and it repeats exactly.</summary>
public class AnalysisPropertyTests
{
    [Fact]
    public void Analyze_RandomMaps_KeepEveryFigureInItsRangeAndRepeatExactly()
    {
        for (var seed = 0; seed < 300; seed++)
        {
            var map = RandomMaps.Build(seed);

            var analysis = map.Analyze();

            analysis.Should().Be(map.Analyze(), $"seed {seed} analyses the same way twice");
            analysis.Funnel.Steps.Should().HaveCount(map.Steps.Count);
            analysis.Funnel.Steps.Where(s => !(s.Reach >= 0m && s.Reach <= 1m && s.Lost >= 0m && s.Lost <= s.Reach)).Should().BeEmpty($"seed {seed}");
            analysis.Funnel.Steps.Where(s => !(s.Conversion == null || (s.Conversion >= 0m && s.Conversion <= 1m))).Should().BeEmpty($"seed {seed}");
            analysis.Funnel.JourneyConversion.Should().BeInRange(0m, 1m, $"seed {seed}");
            analysis.Routes.CoveredProbability.Should().BeInRange(0m, 1m, $"seed {seed}");
            analysis.Routes.Routes.Where(r => !(r.StepCount == r.Legs.Sum(l => l.StepCount) && r.StepCount > 0)).Should().BeEmpty($"seed {seed}");
            analysis.Moments.Where(m => !(m.Hurt > 0m && m.Hurt <= 4m && m.Depth <= 1m)).Should().BeEmpty($"seed {seed}");
            analysis.Priorities.Should().HaveCount(map.Steps.Sum(s => s.Opportunities.Count), $"seed {seed}");
            (analysis.UnreachableStepIds.Count + analysis.Funnel.Steps.Count(s => s.Reach > 0m)).Should().BeLessThanOrEqualTo(map.Steps.Count, $"seed {seed}");
        }
    }
}
