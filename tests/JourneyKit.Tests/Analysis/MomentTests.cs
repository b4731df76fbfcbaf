using JourneyKit.Analysis;
using JourneyKit.Samples.Maps;

namespace JourneyKit.Tests.Analysis;

public class MomentTests
{
    [Fact]
    public void Moments_CanteenJourney_RankTheStepsByDepthSeverityAndReach()
    {
        var analysis = CanteenLunch.Build().Analyze();

        analysis.Moments.Select(m => (m.StepId, m.Score, m.Depth, m.WorstPainPoint, m.Hurt)).Should().Equal(
            ("queues-at-the-till", -2m, 1m, PainSeverity.High, 3m),
            ("pays", -1m, 0.5m, PainSeverity.Critical, 2m),
            ("looks-at-the-menu", -1m, 0.5m, PainSeverity.Medium, 1m));
        analysis.Peak.Should().Be(new EmotionPoint("queues-at-the-till", -2m));
        analysis.End.Should().Be(new EmotionPoint("eats-with-friends", 2m));
    }

    [Fact]
    public void Moments_FewCustomersReachTheStep_WeighItLess()
    {
        var map = AnalysisMaps.Chain(3, (step, n) => step.Emotion(-2)).Exit("s1", share: 0.75m).Build();

        var moments = map.Analyze().Moments;

        moments.Select(m => (m.StepId, m.Reach, m.Hurt)).Should().Equal(("s1", 1m, 1m), ("s2", 0.25m, 0.25m), ("s3", 0.25m, 0.25m));
    }

    [Fact]
    public void Moments_EmotionsPerPersona_UseTheirAverage()
    {
        var map = JourneyMap.Create("Lunch").Persona("Ann").Persona("Bob")
            .Stage("Pay", s => s.Step("Pays", p => p.Emotion(-2, persona: "Ann").Emotion(1, persona: "Bob")))
            .Build();

        var moment = map.Analyze().Moments.Should().ContainSingle().Which;

        moment.Score.Should().Be(-0.5m);
        moment.Depth.Should().Be(0.25m);
    }

    [Fact]
    public void Moments_WiderScale_MeasureDepthOnIt()
    {
        var map = JourneyMap.Create("Lunch").EmotionScale(-5, 5).Stage("Pay", s => s.Step("Pays", p => p.Emotion(-2).PainPoint("Slow", PainSeverity.Critical))).Build();

        map.Analyze().Moments.Single().Hurt.Should().Be(1.6m, "depth 2 ÷ 5 × weight 4");
    }

    [Fact]
    public void Moments_NoEmotions_AreNoneAndThereIsNoPeak()
    {
        var analysis = AnalysisMaps.Chain(3).Build().Analyze();

        analysis.Moments.Should().BeEmpty();
        analysis.Peak.Should().BeNull();
        analysis.End.Should().BeNull();
    }
}
