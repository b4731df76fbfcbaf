using JourneyKit.Analysis;
using JourneyKit.Samples.Maps;

namespace JourneyKit.Tests.Documentation;

/// <summary>The code of docs/analysis.md, compiled and run, and its worked examples checked against the analysis.</summary>
public class AnalysisDocTests
{
    [Theory]
    [InlineData("doc-analyze")]
    [InlineData("doc-options")]
    public void AnalysisDoc_ShowsTheCompiledCode(string region) =>
        DocSnippets.AssertShownIn("docs/analysis.md", "AnalysisDocTests.cs", region);

    [Fact]
    public void AnalysisDoc_Analyze_Runs()
    {
        var map = OnlineShoePurchase.Build();
        #region doc-analyze
        JourneyAnalysis analysis = map.Analyze();

        decimal completing = analysis.Funnel.JourneyConversion;           // 0.58: 58% complete the journey
        FunnelStep worst = analysis.Funnel.BiggestDropOffs[0];            // checks-out loses 0.42 of all customers
        MomentThatMatters hurts = analysis.Moments[0];                    // checks-out: -1, a critical pain point
        PrioritizedOpportunity first = analysis.Priorities[0];            // a quick win that eases checks-out
        JourneyRoute likely = analysis.Routes.Routes[0];                  // 0.58, finished, 6 steps
        #endregion

        completing.Should().Be(0.58m);
        worst.Should().Match<FunnelStep>(s => s.StepId == "checks-out" && s.Lost == 0.42m);
        hurts.Should().Match<MomentThatMatters>(m => m.StepId == "checks-out" && m.Score == -1m && m.WorstPainPoint == PainSeverity.Critical && m.Hurt == 2m);
        first.Should().Match<PrioritizedOpportunity>(p => p.Quadrant == Quadrant.QuickWin && p.EasedStepIds.Single() == "checks-out");
        likely.Should().Match<JourneyRoute>(r => r.Probability == 0.58m && r.End == RouteEnd.Finished && r.StepCount == 6);
    }

    [Fact]
    public void AnalysisDoc_Options_Run()
    {
        var map = B2BSoftwarePurchase.Build();
        #region doc-options
        var options = AnalysisOptions.Default with
        {
            MaxRoutes = 10_000,            // list up to 10,000 routes, then say IsTruncated
            MaxLoopTurns = 2,              // a route may take each loop twice
            DisagreementTolerance = 0.1m,  // metrics within 10 points of the shares agree
        };
        var analysis = map.Analyze(options);
        #endregion

        analysis.Routes.Routes.Should().HaveCount(6);
        analysis.Routes.IsTruncated.Should().BeFalse();
    }

    [Fact]
    public void AnalysisDoc_WorkedExamples_AreTheAnalysisFigures()
    {
        var canteen = CanteenLunch.Build().Analyze();
        var helpDesk = B2BSoftwarePurchase.Build().Analyze();

        canteen.Moments.Select(m => (m.StepId, m.Hurt)).Should().Equal(("queues-at-the-till", 3m), ("pays", 2m), ("looks-at-the-menu", 1m));
        canteen.Priorities.Select(p => (p.OpportunityId, p.Quadrant, p.Relief)).Should().Equal(
            ("show-the-menu-on-the-student-app", Quadrant.QuickWin, 1m), ("accept-contactless-payment", Quadrant.MajorProject, 5m));
        canteen.Routes.ExpectedDuration.Should().Be(TimeSpan.FromMinutes(12));
        helpDesk.Routes.Routes.Select(r => r.Probability).Should().Equal(0.595m, 0.1785m, 0.105m, 0.0315m);
        helpDesk.Routes.CoveredProbability.Should().Be(0.91m);
        helpDesk.Routes.ExpectedStepCount.Should().Be(4.461538m);
        helpDesk.Funnel.Steps.Single(s => s.StepId == "requests-a-quote").Conversion.Should().Be(0.85m);
        helpDesk.Funnel.Disagreements.Should().ContainSingle().Which.Should().Match<FunnelDisagreement>(d => d.ElementId == "evaluation" && d.FromShares == 0.85m && d.Measured == 0.19m);
    }
}
