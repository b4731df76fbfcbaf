using FluentAssertions.Execution;
using JourneyKit.Diffing;
using JourneyKit.Samples.Maps;
using JourneyKit.Serialization;
using JourneyKit.Serialization.Csv;
using JourneyKit.Serialization.Json;
using JourneyKit.Testing.Tests.Support;
using JourneyKit.Validation;

namespace JourneyKit.Testing.Tests.Assertions;

public class EdgeCaseTests
{
    private static readonly JourneyMap Lunch = CanteenLunch.Build();

    [Fact]
    public void InheritedAssertions_JourneyKitValues_ShowTheirSummaryLine()
    {
        var report = Lunch.Validate();
        var diff = JourneyDiff.Empty;

        Failure.Of(() => Lunch.Should().BeNull()).Should().Be("Expected Lunch to be <null>, but found Journey map 'Buy lunch in the canteen' (3 stages, 4 steps).");
        Failure.Of(() => report.Should().BeNull()).Should().Be($"Expected report to be <null>, but found {report.ToString().Split('\n')[0].TrimEnd('\r')}.");
        Failure.Of(() => diff.Should().BeNull()).Should().Be($"Expected diff to be <null>, but found {diff}.");
    }

    [Fact]
    public void Formatter_SummaryInAnotherAssertion_ShowsBothRevisionsAndTheCount() =>
        Failure.Of(() => ((object)DiffSummary.Of(Lunch, Lunch)).Should().BeNull()).Should().Be(
            "Expected ((object)DiffSummary.Of(Lunch, Lunch)) to be <null>, but found the changes from Journey map 'Buy lunch in the canteen' (3 stages, 4 steps) " +
            "to Journey map 'Buy lunch in the canteen' (3 stages, 4 steps) (0 changes).");

    [Fact]
    public void Listing_MoreThan25Elements_SaysHowManyMore()
    {
        var big = JourneyMap.Create("Big").Stage("Only", s =>
        {
            for (var i = 0; i < 30; i++)
            {
                s.Step($"Step {i}");
            }
        }).Build();

        Failure.Of(() => big.Should().HaveStep("missing")).Should().EndWith("step-23 ('Step 23'), step-24 ('Step 24') and 5 more.");
    }

    [Fact]
    public void RoundTrip_WhatItWritesDoesNotRead_FailsWithTheReadersError()
    {
        var broken = new JourneyMapFormat("csv-as-json", [".broken"], ["application/x-broken"], JourneyMapJson.Default, JourneyMapCsv.Default);

        Failure.Of(() => Lunch.Should().RoundTrip(broken)).Should().StartWith(
            "Expected Lunch to round-trip through csv-as-json, but what it wrote does not read back: ");
    }

    [Fact]
    public void RoundTrip_ReadOnlyFormat_ThrowsSayingItDoesNotWrite()
    {
        var readOnly = new JourneyMapFormat("read-only", [".ro"], ["application/x-ro"], JourneyMapJson.Default, null);

        FluentActions.Invoking(() => Lunch.Should().RoundTrip(readOnly)).Should().Throw<ArgumentException>().WithMessage("*it does not write*");
    }

    [Fact]
    public void ContainChange_PropertyChanged_NamesTheKindInWords() =>
        Failure.Of(() => JourneyDiff.Empty.Should().ContainChange(ChangeKind.PropertyChanged)).Should().Be(
            "Expected JourneyDiff.Empty to contain a change changing a property, but it has none; its changes are: none");

    [Fact]
    public void DefaultOverloads_PassOnAFittingSubject()
    {
        var diff = JourneyDiff.Compare(Lunch, Lunch.ToBuilder().EditStage("eat", s => s.Goal("Eat well")).Build());

        diff.Should().NotBeEmpty().And.HaveNoNewPainPoints().And.ContainChange(ChangeKind.PropertyChanged).For("eat");
        Lunch.Should().PassValidation().Which.Should().HaveIssue("JK1006").WithMessageContaining("Eat").And.NotHaveErrors();
        Lunch.Should().PassValidation(ValidationRuleSet.Default.Without("JK1006")).Which.Should().NotHaveIssue("JK1006");
        var report = Lunch.Validate();
        Failure.Of(() => report.Should().HaveNoIssuesOtherThan()).Should().StartWith("Expected report to have no issues other than none, but it has");
    }

    [Fact]
    public void NullSubjectsInAScope_EveryAssertion_ReportsWithoutThrowingInBetween()
    {
        JourneyMap? map = null;
        Stage? stage = null;
        Step? step = null;
        ValidationReport? report = null;
        JourneyDiff? diff = null;

        var message = Failure.Of(() =>
        {
            using var scope = new AssertionScope();
            map.Should().HaveStepsInOrder("a").And.HaveEveryPainPointAddressed().And.Be(Lunch);
            _ = map.Should().PassValidation().Which;
            _ = map.Should().RoundTrip(JourneyMapJson.Default.Format).Which;
            map.Should().BeEquivalentTo(Lunch).And.MatchApproved();
            stage.Should().HaveOwner("o").And.HaveMetricMeetingTarget("m").And.HaveQuestion("q");
            step.Should().HaveEmotion(1).And.HavePainPoint("p").And.NotHavePainPoint("p").And.HaveOpportunity("o").And.HaveMetricMeetingTarget("m").And.UseTouchpoint("t").And.HaveOwner("o");
            report.Should().HaveIssue("JK1").At("/").WithSeverity(IssueSeverity.Error).WithMessageContaining("x").And.NotHaveIssue("JK1").And.HaveNoIssuesOtherThan("JK1");
            diff.Should().ContainChange(ChangeKind.Added).For("x").Of(ElementKind.Step).And.NotBeEmpty().And.HaveNoRemovedPainPoints();
        });

        message.Should().Contain("Expected map to have steps a in that order, but found <null>.")
            .And.Contain("Expected map to match its approved map, but found <null>.")
            .And.Contain("Expected a step, but found <null>.")
            .And.Contain("Expected report to have an issue JK1, but found <null>.")
            .And.Contain("Expected diff to contain a change added, but found <null>.");
    }
}
