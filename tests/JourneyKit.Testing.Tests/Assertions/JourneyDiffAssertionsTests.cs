using JourneyKit.Diffing;
using JourneyKit.Samples.Maps;
using JourneyKit.Testing.Tests.Support;

namespace JourneyKit.Testing.Tests.Assertions;

public class JourneyDiffAssertionsTests
{
    private static readonly JourneyMap Before = CanteenLunch.Build();

    private static readonly JourneyMap After = Before.ToBuilder()
        .EditStage("choose-food", s => s.EditStep("looks-at-the-menu", st => st.Emotion(-2, "lost")))
        .EditStage("eat", s => s.EditStep("eats-with-friends", st => st.Emotion(-1, "cold food").PainPoint("The food is cold", PainSeverity.High)))
        .EditStage("pay", s => s
            .EditMetric("queue-time", m => m.Actual(15))
            .EditStep("pays", st => st.RemoveOpportunity("accept-contactless-payment").RemovePainPoint("no-card-payment")))
        .EditStage("pay", s => s.EditStep("queues-at-the-till", st => st.RemovePainPoint("the-queue-is-long")))
        .Build();

    private static readonly JourneyDiff Diff = JourneyDiff.Compare(Before, After);

    [Fact]
    public void BeEmpty_SameRevision_Passes() => JourneyDiff.Compare(Before, CanteenLunch.Build()).Should().BeEmpty();

    [Fact]
    public void BeEmpty_Changes_FailsListingThem() =>
        Failure.Of(() => Diff.Should().BeEmpty()).Should().StartWith("Expected Diff to be empty, but it has 7 changes:\n  - ");

    [Fact]
    public void NotBeEmpty_SameRevision_Fails() =>
        Failure.Of(() => JourneyDiff.Empty.Should().NotBeEmpty()).Should().Be("Expected JourneyDiff.Empty not to be empty, but the revisions are the same.");

    [Fact]
    public void ContainChange_ForElement_GivesTheChange() =>
        Diff.Should().ContainChange(ChangeKind.Removed).For("no-card-payment").Which.ElementKind.Should().Be(ElementKind.PainPoint);

    [Fact]
    public void ContainChange_OtherElement_FailsListingTheChangesOfThatKind() =>
        Failure.Of(() => Diff.Should().ContainChange(ChangeKind.Added).Of(ElementKind.Step)).Should().Be("""
            Expected a change added of a Step, but those changes are:
              - Added pain point Eat › Eats with friends › pain point 'The food is cold'
            """);

    [Fact]
    public void ContainChange_KindAbsent_FailsListingAllChanges() =>
        Failure.Of(() => Diff.Should().ContainChange(ChangeKind.Moved)).Should().StartWith("Expected Diff to contain a change moved, but it has none; its changes are:\n  - ");

    [Fact]
    public void HaveNoRemovedPainPoints_Removed_FailsListingThem() =>
        Failure.Of(() => Diff.Should().HaveNoRemovedPainPoints("a revision resolves pain points through opportunities")).Should().Be("""
            Expected Diff to have no removed pain points because a revision resolves pain points through opportunities, but 2 changes do not hold:
              - Removed pain point Pay › Queues at the till › pain point 'The queue is long'
              - Removed pain point Pay › Pays › pain point 'No card payment'
            """);

    [Fact]
    public void HaveNoNewPainPoints_AboveTheSeverity_PassesBelowAndFailsAtIt()
    {
        Diff.Should().HaveNoNewPainPoints(PainSeverity.Critical);
        Failure.Of(() => Diff.Should().HaveNoNewPainPoints(PainSeverity.High)).Should().Be("""
            Expected Diff to have no new pain points of severity High or worse, but 1 change does not hold:
              - Added pain point Eat › Eats with friends › pain point 'The food is cold'
            """);
    }

    [Fact]
    public void HaveNoEmotionDropGreaterThan_BigDrop_FailsListingOnlyThatDrop()
    {
        Diff.Should().HaveNoEmotionDropGreaterThan(3);
        Failure.Of(() => Diff.Should().HaveNoEmotionDropGreaterThan(1)).Should().Be("""
            Expected Diff to have no emotion drop greater than 1, but 1 change does not hold:
              - Changed emotions of Eat › Eats with friends from +2 (happy) to -1 (cold food)
            """);
    }

    [Fact]
    public void HaveNoMetricMovingAwayFromTarget_Summary_FailsNamingTheMetric() =>
        Failure.Of(() => DiffSummary.Of(Before, After).Should().HaveNoMetricMovingAwayFromTarget()).Should().StartWith("""
            Expected DiffSummary.Of(Before, After) to have no metric moving away from its target, but 1 does:
              - Pay › metric 'Queue time' (queue-time) from 12 to 15, away from its target 5
            """).And.Contain("Queue time");

    [Fact]
    public void HaveNoMetricMovingAwayFromTarget_BareDiff_ThrowsSayingWhatItNeeds() =>
        FluentActions.Invoking(() => Diff.Should().HaveNoMetricMovingAwayFromTarget())
            .Should().Throw<InvalidOperationException>().WithMessage("*DiffSummary.Of(before, after).Should()*");

    [Fact]
    public void For_OtherElement_FailsListingTheChangesOfThatKind() =>
        Failure.Of(() => Diff.Should().ContainChange(ChangeKind.Removed).For("pays")).Should().Be("""
            Expected a change removed for "pays", but those changes are:
              - Removed pain point Pay › Queues at the till › pain point 'The queue is long'
              - Removed pain point Pay › Pays › pain point 'No card payment'
              - Removed opportunity Pay › Pays › opportunity 'Accept contactless payment'
            """);

    [Fact]
    public void Which_SeveralChanges_FailsListingThem() =>
        Failure.Of(() => _ = Diff.Should().ContainChange(ChangeKind.Removed).Of(ElementKind.PainPoint).Which).Should().StartWith(
            "Expected one change removed of a PainPoint, but there are 2:\n  - Removed pain point");

    [Fact]
    public void HaveNoEmotionDropGreaterThan_Negative_Throws() =>
        FluentActions.Invoking(() => Diff.Should().HaveNoEmotionDropGreaterThan(-1)).Should().Throw<ArgumentOutOfRangeException>();

    [Fact]
    public void HaveNoEmotionDropGreaterThan_PersonasOwnFeeling_CountsPerPersona()
    {
        var before = Before.ToBuilder().EditStage("pay", s => s.EditStep("pays", st => st.Emotion(1, persona: "first-year-student"))).Build();
        var after = before.ToBuilder().EditStage("pay", s => s.EditStep("pays", st => st.Emotion(-2, persona: "first-year-student"))).Build();

        Failure.Of(() => JourneyDiff.Compare(before, after).Should().HaveNoEmotionDropGreaterThan(2)).Should().Contain("1 change does not hold");
        JourneyDiff.Compare(before, after).Should().HaveNoEmotionDropGreaterThan(3);
    }
}
