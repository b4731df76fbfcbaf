using JourneyKit.Diffing;
using JourneyKit.Samples.Maps;
using JourneyKit.Serialization.Json;
using JourneyKit.Tests.Support;
using JourneyKit.Validation;

namespace JourneyKit.Tests.Diffing;

public class DiffSummaryTests
{
    private static readonly FixedClock Today = FixedClock.On(2026, 11, 22);
    private static readonly DiffSummary Shoes = Summary(OnlineShoePurchase.Build(3), OnlineShoePurchase.Build(4));

    [Fact]
    public void Of_TwoRevisions_ListsNewAndResolvedPainPointsAndDroppedOpportunities()
    {
        Shoes.NewPainPoints.Select(p => (p.StepId, p.Element.Description)).Should().Equal(
            ("checks-out", "Card form times out on mobile"), ("returns-a-pair", "The return label must be printed"));
        Shoes.ResolvedPainPoints.Select(p => p.Element.Description).Should().Equal("Delivery cost shown only at the last step");
        Shoes.AddedOpportunities.Should().BeEmpty();
        Shoes.DroppedOpportunities.Select(o => o.Element.Title).Should().Equal("Show delivery cost on the product page");
    }

    [Fact]
    public void Of_StepRenamedWithANewId_FollowsItsEmotionAcrossTheRename()
    {
        Shoes.EmotionShifts.Select(s => (s.StepId, s.Before, s.After, s.Delta)).Should().Equal(
            ("compares-models-and-sizes", -1, 1, 2), ("checks-out", -1, 0, 1));
        Shoes.BiggestRises.Select(s => s.StepId).Should().Equal("compares-models-and-sizes", "checks-out");
        Shoes.BiggestDrops.Should().BeEmpty();
    }

    [Fact]
    public void Of_MetricsMovingCloserToTheirTargets_SaysTheyMoveTowardThem()
    {
        Shoes.MetricMovements.Select(m => (m.Name, m.Before, m.After, m.Trend)).Should().Equal(
            ("Checkout conversion", 58m, 64m, MetricTrend.TowardTarget), ("Return rate", 14m, 11m, MetricTrend.TowardTarget));
    }

    [Fact]
    public void Of_MetricWithoutTarget_MovesBetterOrWorseByItsDirection()
    {
        var before = DiffMaps.Lunch(m => m.EditStage("Choose", s => s.Metric("Queue length", q => q.Kind(MetricKind.Custom).Direction(MetricDirection.LowerIsBetter).Actual(12))));
        var after = DiffMaps.Lunch(m => m.EditStage("Choose", s => s.Metric("Queue length", q => q.Kind(MetricKind.Custom).Direction(MetricDirection.LowerIsBetter).Actual(15)))
            .EditStage("Pay", s => s.Name("Pay").Metric("Tips", t => t.Actual(3))));

        var summary = Summary(before, after);

        summary.MetricMovements.Should().ContainSingle().Which.Trend.Should().Be(MetricTrend.Worse);
    }

    [Fact]
    public void Of_OwnerChanged_ReportsTheOwnersByName()
    {
        Shoes.OwnerReassignments.Should().ContainSingle().Which.Should().Be(
            new OwnerReassignment(new ElementRef(ElementKind.Step, "checks-out"), "Purchase › Checks out", "Web team", "Payments team"));
    }

    [Fact]
    public void Of_TwoRevisions_ListsValidationIssuesIntroducedAndResolved()
    {
        Shoes.IssuesIntroduced.Select(i => (i.RuleId, i.Location.ElementId)).Should().Equal(
            ("JK1005", "delivery"), ("JK1007", "delivery"), ("JK1012", "card-form-times-out-on-mobile"), ("JK1012", "the-return-label-must-be-printed"));
        Shoes.IssuesResolved.Should().BeEmpty();
    }

    [Fact]
    public void ToMarkdown_SampleRevisions_MatchesTheGoldenChangelog()
    {
        var golden = Repository.File("docs", "examples", "buy-running-shoes-online.changes.md");

        var markdown = Shoes.ToMarkdown();

        if (markdown != File.ReadAllText(golden))
        {
            var received = Path.ChangeExtension(golden, ".received.md");
            File.WriteAllText(received, markdown);
            Assert.Fail($"The changelog differs from {golden}. If the change is intended, accept it: mv {received} {golden}");
        }
    }

    [Fact]
    public void ToMarkdown_HostileNames_StayTextAndOnOneLine()
    {
        const string hostile = "<script>alert(1)</script> **bold** [link](javascript:alert(1)) | pipe\n# heading";
        var after = DiffMaps.Lunch(m => m.EditStage("Pay", s => s.Step(hostile, st => st.Id("hostile").PainPoint(hostile))));

        var markdown = Summary(DiffMaps.Lunch(), after).ToMarkdown();

        markdown.Should().NotContain("<script>").And.NotContain("**bold**").And.NotContain("[link](").And.NotContain("\n# heading");
        markdown.Should().Contain(@"&lt;script&gt;alert(1)&lt;/script&gt; \*\*bold\*\* \[link\](javascript:alert(1)) \| pipe # heading");
    }

    [Fact]
    public void ToText_NoChanges_SaysSo()
    {
        Summary(DiffMaps.Lunch(), DiffMaps.Lunch()).ToText().Should().Be("Changes to “Buy lunch”\n\nNo changes.\n");
    }

    [Fact]
    public void Of_WithoutReports_ListsNoIssuesButEverythingElse()
    {
        var (before, after) = (OnlineShoePurchase.Build(3), OnlineShoePurchase.Build(4));

        var summary = DiffSummary.Of(before, after);

        summary.IssuesIntroduced.Should().BeEmpty();
        summary.IssuesResolved.Should().BeEmpty();
        summary.NewPainPoints.Should().Equal(Shoes.NewPainPoints);
        summary.MetricMovements.Should().Equal(Shoes.MetricMovements);
    }

    [Fact]
    public void Of_OnlyOneReport_IsRefused()
    {
        var map = OnlineShoePurchase.Build(3);

        var act = () => DiffSummary.Of(map, map, issuesBefore: map.Validate(timeProvider: Today));

        act.Should().Throw<ArgumentException>().WithParameterName("issuesAfter").WithMessage("*both revisions*");
    }

    [Fact]
    public void Of_StoredDiff_SummarisesLikeTheTwoRevisions()
    {
        var (before, after) = (OnlineShoePurchase.Build(3), OnlineShoePurchase.Build(4));
        var stored = JourneyDiffJson.Default.Deserialize(JourneyDiffJson.Default.Serialize(JourneyDiff.Compare(before, after)));

        var summary = DiffSummary.Of(before, stored, before.Validate(timeProvider: Today), after.Validate(timeProvider: Today));

        summary.ToMarkdown().Should().Be(Shoes.ToMarkdown());
    }

    private static DiffSummary Summary(JourneyMap before, JourneyMap after) =>
        DiffSummary.Of(before, after, issuesBefore: before.Validate(timeProvider: Today), issuesAfter: after.Validate(timeProvider: Today));
}
