using JourneyKit.Analysis;
using JourneyKit.Samples.Maps;

namespace JourneyKit.Tests.Analysis;

public class PriorityTests
{
    [Theory]
    [InlineData(Level.High, Level.Low, Quadrant.QuickWin)]
    [InlineData(Level.Medium, Level.Low, Quadrant.QuickWin)]
    [InlineData(Level.High, Level.Medium, Quadrant.MajorProject)]
    [InlineData(Level.Medium, Level.High, Quadrant.MajorProject)]
    [InlineData(Level.Low, Level.Low, Quadrant.FillIn)]
    [InlineData(Level.Low, Level.Medium, Quadrant.Reconsider)]
    [InlineData(Level.Low, Level.High, Quadrant.Reconsider)]
    public void Priorities_ImpactAndEffort_PlaceTheOpportunityInItsQuadrant(Level impact, Level effort, Quadrant quadrant)
    {
        var map = JourneyMap.Create("Lunch").Stage("Pay", s => s.Step("Pays", p => p.Opportunity("Faster till", o => o.Impact(impact).Effort(effort)))).Build();

        map.Analyze().Priorities.Single().Quadrant.Should().Be(quadrant);
    }

    [Fact]
    public void Priorities_CanteenJourney_PutTheQuickWinFirstAndSayWhatEachEases()
    {
        var priorities = CanteenLunch.Build().Analyze().Priorities;

        priorities.Select(p => (p.OpportunityId, p.Quadrant, p.Relief)).Should().Equal(
            ("show-the-menu-on-the-student-app", Quadrant.QuickWin, 1m),
            ("accept-contactless-payment", Quadrant.MajorProject, 5m));
        priorities[1].EasedStepIds.Should().Equal("queues-at-the-till", "pays");
        priorities[1].PainPointIds.Should().Equal("no-card-payment", "the-queue-is-long");
    }

    [Fact]
    public void Priorities_SameQuadrant_OrderByImpactEffortThenRelief()
    {
        var map = JourneyMap.Create("Lunch").Stage("Pay", s => s
                .Step("Queues", p => p.Emotion(-2).PainPoint("Long queue", PainSeverity.Critical))
                .Step("Pays", p => p.Emotion(-1).PainPoint("Cash only", PainSeverity.Low)
                    .Opportunity("Small fix", o => o.Impact(Level.Medium).Effort(Level.Low).Addresses("Cash only"))
                    .Opportunity("Queue fix", o => o.Impact(Level.Medium).Effort(Level.Low).Addresses("Long queue"))
                    .Opportunity("Big win", o => o.Impact(Level.High).Effort(Level.Low))))
            .Build();

        map.Analyze().Priorities.Select(p => p.OpportunityId).Should().Equal("big-win", "queue-fix", "small-fix");
    }
}
