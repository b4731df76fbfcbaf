using JourneyKit.Validation;

namespace JourneyKit.Tests.Validation;

public class ValidationReportTests
{
    private static ValidationReport Report() => ValidationMaps.Clean()
        .Stage("Eat", s => s.Step("Eats", st => st.Name("Eats\u0007")))
        .EditStage("pay", s => s.Metric("Share", m => m.Unit("%").Target(150)))
        .Validate();

    [Fact]
    public void Issues_AreOrderedByRuleIdThenDocumentOrder()
    {
        var report = Report();

        report.Issues.Select(i => i.RuleId).Should().BeInAscendingOrder(StringComparer.Ordinal);
        Report().Should().Be(report, "validating the same map twice gives an equal report");
    }

    [Fact]
    public void Counts_AreBySeverity_AndOnlyErrorsMakeTheMapInvalid()
    {
        var report = Report();

        report.ErrorCount.Should().Be(report.Issues.Count(i => i.Severity == IssueSeverity.Error)).And.Be(2);
        report.WarningCount.Should().Be(report.Issues.Count(i => i.Severity == IssueSeverity.Warning)).And.BePositive();
        report.InfoCount.Should().Be(report.Issues.Count(i => i.Severity == IssueSeverity.Info)).And.BePositive();
        report.IsValid.Should().BeFalse();
        Report().Issues.Where(i => i.Severity != IssueSeverity.Error).Should().NotBeEmpty();
        ValidationMaps.Clean().Stage("Eat", s => s.Step("Eats")).Validate().IsValid.Should().BeTrue("warnings never make a map invalid");
    }

    [Fact]
    public void ToString_SummarisesAndListsEveryIssue()
    {
        var report = Report();

        var text = report.ToString();

        text.Should().StartWith($"Validation of 'Buy lunch': 2 errors, {report.WarningCount} warnings, {report.InfoCount} infos (invalid)");
        foreach (var issue in report.Issues)
        {
            text.Should().Contain(issue.ToString());
        }

        report.Issues.First(i => i.RuleId == "JK1016").ToString().Should().StartWith("ERROR JK1016 /stages/pay/metrics/share/target: ");
    }

    [Fact]
    public void ThrowIfInvalid_WithErrors_CarriesEveryError()
    {
        var report = Report();

        var exception = FluentActions.Invoking(() => report.ThrowIfInvalid()).Should().Throw<JourneyMapValidationException>().Which;

        exception.Errors.Select(e => e.RuleId).Should().Equal("JK1016", "JK1021");
        exception.Report.Should().Be(report);
        exception.Message.Should().Contain("2 validation errors").And.Contain("JK1016").And.Contain("JK1021");
    }

    [Fact]
    public void ThrowIfInvalid_WithOnlyWarnings_ReturnsTheReport()
    {
        var report = ValidationMaps.Clean().Stage("Eat", s => s.Step("Eats")).Validate();

        report.ThrowIfInvalid().Should().BeSameAs(report);
    }
}
