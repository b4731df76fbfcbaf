using FluentAssertions.Execution;
using JourneyKit.Diffing;
using JourneyKit.Samples.Maps;
using JourneyKit.Testing.Tests.Support;
using JourneyKit.Validation;

namespace JourneyKit.Testing.Tests.Assertions;

/// <summary>In an <see cref="AssertionScope"/>, every failure is collected and reported together, and nothing throws in between.</summary>
public class AssertionScopeTests
{
    private static readonly JourneyMap Lunch = CanteenLunch.Build();

    [Fact]
    public void Scope_SeveralMapFailures_ReportsThemAll()
    {
        var message = Failure.Of(() =>
        {
            using var scope = new AssertionScope();
            Lunch.Should().HaveStage("checkout");
            Lunch.Should().HaveStep("leaves").Which.Should().HaveOwner("nobody");
            Lunch.Should().HaveStepsInOrder("pays", "looks-at-the-menu");
        });

        message.Should().Contain("to have stage \"checkout\"")
            .And.Contain("to have step \"leaves\"")
            .And.Contain("Expected a step, but found <null>.")
            .And.Contain("\"looks-at-the-menu\" does not come after \"pays\"");
    }

    [Fact]
    public void Scope_ReportAndDiffFailures_ReportsThemAll()
    {
        var report = Lunch.Validate(ValidationRuleSet.Default);
        var diff = JourneyDiff.Compare(Lunch, Lunch.ToBuilder().EditStage("eat", s => s.RemoveStep("eats-with-friends")).Build());

        var message = Failure.Of(() =>
        {
            using var scope = new AssertionScope();
            report.Should().HaveIssue("JK9999").At("/stages/pay").WithSeverity(IssueSeverity.Error);
            diff.Should().ContainChange(ChangeKind.Added).For("eats-with-friends");
            diff.Should().BeEmpty();
        });

        message.Should().Contain("to have an issue JK9999, but it has none")
            .And.Contain("to contain a change added, but it has none")
            .And.Contain("to be empty, but it has 1 change");
    }

    [Fact]
    public void NullSubjects_EveryEntryPoint_FailsSayingNull()
    {
        ValidationReport? report = null;
        JourneyDiff? diff = null;
        DiffSummary? summary = null;
        JourneyMap? map = null;
        Persona? persona = null;
        Touchpoint? touchpoint = null;
        Stage? stage = null;

        Failure.Of(() => report.Should().NotHaveErrors()).Should().Be("Expected report not to have errors, but found <null>.");
        Failure.Of(() => diff.Should().BeEmpty()).Should().Be("Expected diff to be empty, but found <null>.");
        Failure.Of(() => summary.Should().HaveNoMetricMovingAwayFromTarget())
            .Should().Be("Expected summary to have no metric moving away from its target, but found <null>.");
        Failure.Of(() => map.Should().HaveStage("pay")).Should().Be("Expected map to have stage \"pay\", but found <null>.");
        Failure.Of(() => persona.Should().HaveGoal("x")).Should().Be("Expected a persona, but found <null>.");
        Failure.Of(() => touchpoint.Should().BeOnChannel("x")).Should().Be("Expected a touchpoint, but found <null>.");
        Failure.Of(() => stage.Should().HaveStep("x")).Should().Be("Expected a stage, but found <null>.");
    }
}
