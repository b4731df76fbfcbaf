using JourneyKit.Analysis;
using JourneyKit.Samples.Maps;

namespace JourneyKit.Tests.Analysis;

public class FunnelTests
{
    [Fact]
    public void Funnel_ExitWithAShare_LosesThoseCustomersFromThatStepOn()
    {
        var funnel = OnlineShoePurchase.Build().Analyze().Funnel;

        funnel.Steps.Select(s => (s.StepId, s.Reach, s.Lost)).Should().Equal(
            ("sees-an-ad", 1m, 0m), ("searches-for-shoes", 1m, 0m), ("compares-models", 1m, 0m), ("checks-out", 1m, 0.42m),
            ("receives-the-order", 0.58m, 0m), ("joins-the-loyalty-programme", 0.58m, 0m));
        funnel.Steps[3].Conversion.Should().Be(0.58m);
        funnel.JourneyConversion.Should().Be(0.58m);
        funnel.BiggestDropOffs.Should().ContainSingle().Which.StepId.Should().Be("checks-out");
    }

    [Fact]
    public void Funnel_Stages_CountCustomersEnteringAndGoingOn()
    {
        var map = AnalysisMaps.TwoStages().Exit("b2", share: 0.2m).Exit("p1", share: 0.25m).Build();

        var stages = map.Analyze().Funnel.Stages;

        stages.Select(s => (s.StageId, s.Entering, s.GoingOn, s.Conversion)).Should().Equal(("browse", 1m, 0.8m, 0.8m), ("buy", 0.8m, 0.6m, 0.75m));
    }

    [Fact]
    public void Funnel_Loop_BringsCustomersBackWithoutLosingThem()
    {
        // At s3, 30% go back to s1 and 14% leave: of those who leave s3 for good, 0.14 ÷ 0.7 = 20% exit.
        var map = AnalysisMaps.Chain(4).Loop("s3", "s1", share: 0.3m).Exit("s3", share: 0.14m).Build();

        var funnel = map.Analyze().Funnel;

        funnel.Steps[2].Conversion.Should().Be(0.8m);
        funnel.Steps[3].Reach.Should().Be(0.8m);
        funnel.JourneyConversion.Should().Be(0.8m);
    }

    [Fact]
    public void Funnel_StepThatOnlyLoops_LosesEveryoneWhoReachesIt()
    {
        var funnel = AnalysisMaps.Chain(3).Loop("s2", "s1", share: 1m).Build().Analyze().Funnel;

        funnel.Steps[1].Lost.Should().Be(1m);
        funnel.Steps[2].Reach.Should().Be(0m);
        funnel.Steps[2].Conversion.Should().BeNull("nobody reaches it");
        funnel.JourneyConversion.Should().Be(0m);
    }

    [Fact]
    public void Funnel_ConversionMetric_IsReadAsAShareAndComparedWithTheShares()
    {
        var map = AnalysisMaps.Chain(3, (step, n) =>
            {
                if (n == 2)
                {
                    step.Metric("Checkout conversion", m => m.Kind(MetricKind.Conversion).Unit("%").Actual(70));
                }
            })
            .Exit("s2", share: 0.4m)
            .Build();

        var funnel = map.Analyze().Funnel;

        funnel.Steps[1].MeasuredConversion.Should().Be(0.7m);
        funnel.Disagreements.Should().ContainSingle().Which.Should().Match<FunnelDisagreement>(d => d.ElementId == "s2" && d.FromShares == 0.6m && d.Measured == 0.7m);
        map.Analyze(AnalysisOptions.Default with { DisagreementTolerance = 0.1m }).Funnel.Disagreements.Should().BeEmpty("10 points apart is within the tolerance");
    }

    [Fact]
    public void Funnel_ConversionMetricWhereNoShareIsRecorded_IsNoDisagreement()
    {
        var map = AnalysisMaps.Chain(2, (step, n) => step.Metric("Conversion", m => m.Kind(MetricKind.Conversion).Actual(0.3m))).Build();

        var funnel = map.Analyze().Funnel;

        funnel.Steps.Select(s => s.MeasuredConversion).Should().Equal(0.3m, 0.3m);
        funnel.Disagreements.Should().BeEmpty("without shares the funnel assumes, it does not know");
    }

    [Fact]
    public void BiggestDropOffs_ManyExits_NamesTheTopCountMostFirst()
    {
        var map = AnalysisMaps.Chain(5).Exit("s1", share: 0.1m).Exit("s2", share: 0.5m).Exit("s3", share: 0.5m).Exit("s4", share: 0.1m).Build();

        var drops = map.Analyze(AnalysisOptions.Default with { TopCount = 2 }).Funnel.BiggestDropOffs;

        drops.Select(d => (d.StepId, d.Lost)).Should().Equal(("s2", 0.45m), ("s3", 0.225m));
    }
}
