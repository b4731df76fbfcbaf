using JourneyKit.Samples.Maps;
using JourneyKit.Testing.Tests.Support;
using JourneyKit.Validation;
using Microsoft.Extensions.Time.Testing;

namespace JourneyKit.Testing.Tests.Assertions;

public class ValidationReportAssertionsTests
{
    private static readonly FakeTimeProvider Today = new(new DateTimeOffset(2026, 11, 22, 9, 0, 0, TimeSpan.Zero));

    private static readonly ValidationReport Report = CanteenLunch.Build()
        .ToBuilder()
        .EditStage("pay", s => s.EditStep("pays", st => st.RemoveOpportunity("accept-contactless-payment")))
        .Build()
        .Validate(timeProvider: Today);

    [Fact]
    public void HaveIssue_AtPathWithSeverity_Passes() =>
        Report.Should().HaveIssue("JK1012").At("/stages/pay/steps/pays/painPoints/no-card-payment").WithSeverity(IssueSeverity.Warning)
            .Which.Message.Should().Contain("No card payment");

    [Fact]
    public void HaveIssue_RuleNotFound_FailsListingTheReport() =>
        Failure.Of(() => Report.Should().HaveIssue("JK1004")).Should().StartWith("""
            Expected Report to have an issue JK1004, but it has none; the report holds 11 issues:
              - WARNING JK1006 /stages/eat:
            """);

    [Fact]
    public void At_OtherPath_FailsListingThePathsOfTheRulesIssues() =>
        Failure.Of(() => Report.Should().HaveIssue("JK1012").At("/stages/eat")).Should().Be("""
            Expected an issue JK1012 at /stages/eat, but its issues are at:
              - /stages/pay/steps/queues-at-the-till/painPoints/the-queue-is-long
              - /stages/pay/steps/pays/painPoints/no-card-payment
            """);

    [Fact]
    public void WithSeverity_Other_FailsListingTheIssues() =>
        Failure.Of(() => Report.Should().HaveIssue("JK1006").WithSeverity(IssueSeverity.Error)).Should().StartWith("""
            Expected the issues JK1006 to be of severity Error, but these are not:
              - WARNING JK1006 /stages/eat:
            """);

    [Fact]
    public void Which_SeveralIssues_FailsListingThem() =>
        Failure.Of(() => _ = Report.Should().HaveIssue("JK1012").Which).Should().StartWith("Expected one issue JK1012, but there are 2:");

    [Fact]
    public void WithMessageContaining_Other_FailsListingTheMessages() =>
        Failure.Of(() => Report.Should().HaveIssue("JK1006").WithMessageContaining("Pays")).Should().StartWith(
            "Expected an issue JK1006 whose message contains \"Pays\", but its messages are:");

    [Fact]
    public void NotHaveErrors_Errors_FailsListingThem()
    {
        var strict = CanteenLunch.Build().Validate(ValidationRuleSet.Default.WithSeverity("JK1006", IssueSeverity.Error), Today);

        Failure.Of(() => strict.Should().NotHaveErrors("we ship {0}", "today")).Should().StartWith("""
            Expected strict not to have errors because we ship today, but it has 1 error:
              - ERROR JK1006 /stages/eat:
            """);
    }

    [Fact]
    public void HaveNoIssuesOtherThan_Others_FailsListingThem() =>
        Failure.Of(() => Report.Should().HaveNoIssuesOtherThan("JK1012", "JK1006")).Should().StartWith("""
            Expected Report to have no issues other than JK1006, JK1012, but it has 8 other issues:
              - INFO JK1007 /stages/eat:
            """);

    [Fact]
    public void NotHaveIssue_Present_FailsListingThem() =>
        Failure.Of(() => Report.Should().NotHaveIssue("JK1012")).Should().StartWith("""
            Expected Report not to have an issue JK1012, but it has 2 issues:
              - WARNING JK1012 /stages/pay/steps/queues-at-the-till/painPoints/the-queue-is-long:
            """);
}
