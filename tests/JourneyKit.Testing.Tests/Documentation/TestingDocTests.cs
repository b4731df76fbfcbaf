using FsCheck.Xunit;
using JourneyKit.Diffing;
using JourneyKit.Samples.Maps;
using JourneyKit.Serialization.Json;
using JourneyKit.Testing.Generators;
using JourneyKit.Testing.Tests.Support;
using JourneyKit.Tests.Documentation;
using JourneyKit.Validation;
using Microsoft.Extensions.Time.Testing;

namespace JourneyKit.Testing.Tests.Documentation;

/// <summary>The code of docs/testing.md, compiled and run.</summary>
public class TestingDocTests
{
    [Theory]
    [InlineData("doc-definition")]
    [InlineData("doc-revision")]
    [InlineData("doc-report")]
    [InlineData("doc-approved")]
    [InlineData("doc-generators")]
    [InlineData("doc-property")]
    public void TestingDoc_ShowsTheCompiledCode(string region) =>
        DocSnippets.AssertShownIn("docs/testing.md", "TestingDocTests.cs", region, "JourneyKit.Testing.Tests");

    [Fact]
    public void TestingDoc_DefinitionTest_Passes()
    {
        #region doc-definition
        var map = CanteenLunch.Build();
        var today = new FakeTimeProvider(new DateTimeOffset(2026, 11, 22, 9, 0, 0, TimeSpan.Zero));

        map.Should().HaveStage("pay").Which.Should().HaveOwner("canteen-manager").And.HaveQuestion("Can I pay by card?");
        map.Should().HaveStep("pays").Which.Should().HaveEmotion(-1).And.HavePainPoint("no-card-payment");
        map.Should().HaveStepsInOrder("looks-at-the-menu", "pays", "eats-with-friends");
        map.Should().HaveEveryPainPointAddressed();
        map.Should().PassValidation(ValidationRuleSet.Default, today).Which.Should().NotHaveIssue("JK1012");
        map.Should().RoundTrip(JourneyMapJson.Default.Format);
        #endregion
    }

    [Fact]
    public void TestingDoc_RevisionGuards_FailOnTheShoeJourneysRevision()
    {
        var released = OnlineShoePurchase.Build(revision: 3);
        var current = OnlineShoePurchase.Build(revision: 4);

        var message = Failure.Of(() =>
        {
            #region doc-revision
            var changes = DiffSummary.Of(released, current);

            changes.Should().HaveNoRemovedPainPoints()
                .And.HaveNoNewPainPoints(PainSeverity.High)
                .And.HaveNoEmotionDropGreaterThan(1)
                .And.HaveNoMetricMovingAwayFromTarget();
            #endregion
        });

        message.Should().StartWith("Expected changes to have no removed pain points, but ");
    }

    [Fact]
    public void TestingDoc_ReportAssertions_Pass()
    {
        var map = CanteenLunch.Build();
        var today = new FakeTimeProvider(new DateTimeOffset(2026, 11, 22, 9, 0, 0, TimeSpan.Zero));

        #region doc-report
        var report = map.Validate(ValidationRuleSet.Default, today);

        report.Should().NotHaveErrors()
            .And.HaveNoIssuesOtherThan("JK1006", "JK1007", "JK1009", "JK1028");
        report.Should().HaveIssue("JK1006").At("/stages/eat").WithSeverity(IssueSeverity.Warning);
        #endregion
    }

    [Fact]
    public void TestingDoc_Approved_Passes()
    {
        #region doc-approved
        CanteenLunch.Build().Should().MatchApproved();
        #endregion
    }

    [Fact]
    public void TestingDoc_Generators_MakeMapsAndRevisions()
    {
        #region doc-generators
        var options = JourneyMapGeneratorOptions.Default with { Languages = ["de", "zh"], HostileText = true, MaxStages = 6 };
        var map = JourneyMapGenerator.Generate(seed: 42, options);
        var revised = JourneyMapGenerator.Revise(map, seed: 7, edits: 5);

        JourneyDiff.Apply(map, JourneyDiff.Compare(map, revised)).Should().Be(revised);
        #endregion
    }

    #region doc-property
    [Property(Arbitrary = [typeof(JourneyKitArbitraries)])]
    public void Diff_AnyRevision_InvertsExactly(RevisionPair revisions)
    {
        var diff = JourneyDiff.Compare(revisions.Before, revisions.After);

        JourneyDiff.Apply(revisions.After, diff.Invert()).Should().Be(revisions.Before);
    }
    #endregion
}
