using JourneyKit.Analysis;
using JourneyKit.Samples.Maps;

namespace JourneyKit.Tests.Analysis;

public class RouteListingTests
{
    [Fact]
    public void Routes_MapWithoutTransitions_IsOneFinishedRouteThroughEveryStepInOneLeg()
    {
        var routes = AnalysisMaps.Chain(5).Build().Analyze().Routes;

        var route = routes.Routes.Should().ContainSingle().Which;
        route.Probability.Should().Be(1m);
        route.End.Should().Be(RouteEnd.Finished);
        route.StepCount.Should().Be(5);
        route.Legs.Should().ContainSingle().Which.Should().Be(new RouteLeg("s1", "s5", 5));
        routes.IsTruncated.Should().BeFalse();
        routes.ExpectedStepCount.Should().Be(5m);
        routes.CoveredProbability.Should().Be(1m);
    }

    [Fact]
    public void Routes_ExitWithAShare_SplitsTheCustomersMostLikelyFirst()
    {
        var analysis = OnlineShoePurchase.Build().Analyze();

        analysis.Routes.Routes.Select(r => (r.Probability, r.End, r.StepCount)).Should().Equal((0.58m, RouteEnd.Finished, 6), (0.42m, RouteEnd.Exited, 4));
        analysis.Routes.ExpectedStepCount.Should().Be(5.16m, "0.58 × 6 + 0.42 × 4");
        analysis.Routes.Routes[1].Legs.Should().Equal(new RouteLeg("sees-an-ad", "checks-out", 4));
    }

    [Fact]
    public void Routes_BranchesWithoutShares_ShareWhatIsLeftEquallyWithGoingOn()
    {
        // s2 branches to s4 with no share and exits with 0.4: the remaining 0.6 splits between the branch and going on.
        var map = AnalysisMaps.Chain(4).Branch("s2", "s4").Exit("s2", share: 0.4m).Build();

        var routes = map.Analyze().Routes.Routes;

        routes.Select(r => (r.Probability, r.End, r.StepCount)).Should().Equal(
            (0.4m, RouteEnd.Exited, 2), (0.3m, RouteEnd.Finished, 3), (0.3m, RouteEnd.Finished, 4));
        routes[1].Legs.Select(l => (l.FirstStepId, l.LastStepId)).Should().Equal(("s1", "s2"), ("s4", "s4"));
    }

    [Theory]
    [InlineData(0, 1)]
    [InlineData(1, 2)]
    [InlineData(3, 4)]
    public void Routes_Loop_IsTakenAtMostTheTurnsAllowed(int turns, int routeCount)
    {
        var map = AnalysisMaps.Chain(3).Loop("s3", "s1", share: 0.5m).Build();

        var listing = map.Analyze(AnalysisOptions.Default with { MaxLoopTurns = turns }).Routes;

        listing.Routes.Should().HaveCount(routeCount);
        listing.Routes.Select(r => r.StepCount).Should().Equal(Enumerable.Range(0, routeCount).Select(t => 3 + (3 * t)));
        listing.Routes[0].Probability.Should().Be(0.5m);
        listing.CoveredProbability.Should().Be(1m - (decimal)Math.Pow(0.5, routeCount));
    }

    [Fact]
    public void Routes_LoopThatIsTheOnlyWayOn_EndsStuckOnceItsTurnsAreTaken()
    {
        var map = AnalysisMaps.Chain(2).Loop("s2", "s1", share: 1m).Build();

        var routes = map.Analyze().Routes.Routes;

        routes.Should().ContainSingle().Which.Should().Match<JourneyRoute>(r => r.End == RouteEnd.Stuck && r.StepCount == 4 && r.Probability == 1m);
    }

    [Fact]
    public void Routes_MoreThanTheLimit_AreCutAndSaySo()
    {
        // Sixteen steps, each but the last two branching over the next: as many routes as the 16th Fibonacci number, 987.
        var builder = AnalysisMaps.Chain(16);
        for (var i = 1; i <= 14; i++)
        {
            builder.Branch($"s{i}", $"s{i + 2}", share: 0.5m);
        }

        var map = builder.Build();
        var listing = map.Analyze(AnalysisOptions.Default with { MaxRoutes = 100 }).Routes;
        var all = map.Analyze().Routes;

        all.Routes.Should().HaveCount(987);
        all.IsTruncated.Should().BeFalse();
        all.CoveredProbability.Should().Be(1m);
        listing.IsTruncated.Should().BeTrue();
        listing.Routes.Should().HaveCount(100);
        listing.ExpectedStepCount.Should().BeNull("an expectation over part of the routes would mislead");
        listing.CoveredProbability.Should().BeLessThan(1m);
    }

    [Fact]
    public void Routes_LongMapWithOneBranch_ListsTwoRoutesOfFewLegs()
    {
        var map = AnalysisMaps.Chain(20_000).Branch("s10", "s19990", share: 0.25m).Build();

        var routes = map.Analyze().Routes.Routes;

        routes.Should().HaveCount(2);
        routes.Should().OnlyContain(r => r.Legs.Count <= 2, "a run of steps without transitions is one leg");
        routes.Select(r => r.StepCount).Should().Equal(20_000, 21);
    }

    [Fact]
    public void Routes_StepsWithDurations_AddUpPerRouteAndAsExpected()
    {
        var map = AnalysisMaps.Chain(3, (step, n) => step.Duration(TimeSpan.FromMinutes(n * 10))).Exit("s2", share: 0.5m).Build();

        var listing = map.Analyze().Routes;

        listing.Routes.Select(r => r.Duration).Should().Equal(TimeSpan.FromMinutes(30), TimeSpan.FromMinutes(60));
        listing.Routes.Select(r => r.End).Should().Equal(RouteEnd.Exited, RouteEnd.Finished);
        listing.ExpectedDuration.Should().Be(TimeSpan.FromMinutes(45));
        AnalysisMaps.Chain(3).Build().Analyze().Routes.ExpectedDuration.Should().BeNull("no step carries a duration");
    }

    [Fact]
    public void Analyze_UnreachableStepAndDeadEnd_AreNamed()
    {
        // s2 always branches to s4, so s3 is never reached; s4 always loops back to s4... via s1 only, never finishing.
        var map = AnalysisMaps.Chain(4).Branch("s2", "s4", share: 1m).Loop("s4", "s1", share: 1m).Build();

        var analysis = map.Analyze();

        analysis.UnreachableStepIds.Should().Equal("s3");
        analysis.DeadEndStepIds.Should().Equal("s1", "s2", "s4");
    }

    [Fact]
    public void Analyze_SameMapTwice_GivesEqualAnalyses() =>
        B2BSoftwarePurchase.Build().Analyze().Should().Be(B2BSoftwarePurchase.Build().Analyze());
}
