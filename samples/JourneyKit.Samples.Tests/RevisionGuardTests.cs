using JourneyKit.Diffing;
using JourneyKit.Samples.Maps;

namespace JourneyKit.Samples.Tests;

/// <summary>What a revision of the shoe journey may not do to customers, checked against the released revision.</summary>
public class RevisionGuardTests
{
    private static readonly JourneyMap Released = OnlineShoePurchase.Build(revision: 3);

    private static readonly JourneyMap Current = OnlineShoePurchase.Build(revision: 4);

    [Fact]
    public void CurrentRevision_ComparedWithTheReleasedOne_MakesNoMomentWorse() =>
        DiffSummary.Of(Released, Current).Should()
            .HaveNoEmotionDropGreaterThan(0)
            .And.HaveNoNewPainPoints(PainSeverity.Critical)
            .And.HaveNoMetricMovingAwayFromTarget();

    [Fact]
    public void CurrentRevision_RemovedPainPoint_IsTheOneItsOpportunityResolved() =>
        JourneyDiff.Compare(Released, Current).Should()
            .ContainChange(ChangeKind.Removed).Of(ElementKind.PainPoint).Which.ElementId
            .Should().Be("delivery-cost-shown-only-at-the-last-step");

    [Fact]
    public void CurrentRevision_Definition_MatchesTheApprovedJson() => Current.Should().MatchApproved();
}
