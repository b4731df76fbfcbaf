using FluentAssertions;
using FluentAssertions.Execution;
using FluentAssertions.Primitives;
using JourneyKit.Testing.Equivalency;
using JourneyKit.Validation;

namespace JourneyKit.Testing.Assertions;

/// <summary>Assertions on a <see cref="ValidationReport"/>; every failure lists what the report held.</summary>
public sealed class ValidationReportAssertions : ReferenceTypeAssertions<ValidationReport, ValidationReportAssertions>
{
    /// <summary>Creates assertions on a validation report.</summary>
    /// <param name="subject">The report under test.</param>
    public ValidationReportAssertions(ValidationReport? subject)
        : base(subject!)
    {
    }

    /// <inheritdoc/>
    protected override string Identifier => "report";

    /// <summary>Asserts that the report holds an issue of this rule, and narrows to its issues for <c>At</c>, <c>WithSeverity</c> and <c>Which</c>.</summary>
    /// <param name="ruleId">The rule's id, such as <c>JK1012</c>.</param>
    /// <param name="because">Why, for the failure message.</param>
    /// <param name="becauseArgs">Values for placeholders in <paramref name="because"/>.</param>
    /// <returns>Assertions on the issues of that rule.</returns>
    [CustomAssertion]
    public ValidationIssueAssertions HaveIssue(string ruleId, string because = "", params object[] becauseArgs)
    {
        ArgumentNullException.ThrowIfNull(ruleId);
        if (!HasSubject($"to have an issue {ruleId}", because, becauseArgs))
        {
            return new ValidationIssueAssertions(this, [], ruleId);
        }

        var issues = Subject.IssuesOf(ruleId).ToList();
        Execute.Assertion.BecauseOf(because, becauseArgs)
            .ForCondition(issues.Count > 0)
            .FailWith("Expected {context:report} to have an issue {0}{reason}, but it has none; {1}", new Verbatim(ruleId), new Verbatim(Held(Subject)));
        return new ValidationIssueAssertions(this, issues, ruleId);
    }

    /// <summary>Asserts that the report holds no issue of this rule.</summary>
    /// <param name="ruleId">The rule's id, such as <c>JK1012</c>.</param>
    /// <param name="because">Why, for the failure message.</param>
    /// <param name="becauseArgs">Values for placeholders in <paramref name="because"/>.</param>
    /// <returns>The assertions, to chain more.</returns>
    [CustomAssertion]
    public AndConstraint<ValidationReportAssertions> NotHaveIssue(string ruleId, string because = "", params object[] becauseArgs)
    {
        ArgumentNullException.ThrowIfNull(ruleId);
        if (HasSubject($"not to have an issue {ruleId}", because, becauseArgs))
        {
            var issues = Subject.IssuesOf(ruleId).ToList();
            Execute.Assertion.BecauseOf(because, becauseArgs)
                .ForCondition(issues.Count == 0)
                .FailWith("Expected {context:report} not to have an issue {0}{reason}, but it has {1}:{2}",
                    new Verbatim(ruleId), new Verbatim(Count(issues.Count, "issue")), new Verbatim(Listing.Lines(issues, i => i.ToString())));
        }

        return new AndConstraint<ValidationReportAssertions>(this);
    }

    /// <summary>Asserts that the report holds no error (warnings and infos pass).</summary>
    /// <param name="because">Why, for the failure message.</param>
    /// <param name="becauseArgs">Values for placeholders in <paramref name="because"/>.</param>
    /// <returns>The assertions, to chain more.</returns>
    [CustomAssertion]
    public AndConstraint<ValidationReportAssertions> NotHaveErrors(string because = "", params object[] becauseArgs)
    {
        if (HasSubject("not to have errors", because, becauseArgs))
        {
            var errors = Subject.Issues.Where(i => i.Severity == IssueSeverity.Error).ToList();
            Execute.Assertion.BecauseOf(because, becauseArgs)
                .ForCondition(errors.Count == 0)
                .FailWith("Expected {context:report} not to have errors{reason}, but it has {0}:{1}",
                    new Verbatim(Count(errors.Count, "error")), new Verbatim(Listing.Lines(errors, i => i.ToString())));
        }

        return new AndConstraint<ValidationReportAssertions>(this);
    }

    /// <summary>Asserts that every issue of the report is of one of these rules, at any severity.</summary>
    /// <param name="ruleIds">The rules whose issues are accepted.</param>
    /// <returns>The assertions, to chain more.</returns>
    [CustomAssertion]
    public AndConstraint<ValidationReportAssertions> HaveNoIssuesOtherThan(params string[] ruleIds) => HaveNoIssuesOtherThan(ruleIds, "");

    /// <summary>Asserts that every issue of the report is of one of these rules, at any severity.</summary>
    /// <param name="ruleIds">The rules whose issues are accepted.</param>
    /// <param name="because">Why, for the failure message.</param>
    /// <param name="becauseArgs">Values for placeholders in <paramref name="because"/>.</param>
    /// <returns>The assertions, to chain more.</returns>
    [CustomAssertion]
    public AndConstraint<ValidationReportAssertions> HaveNoIssuesOtherThan(IEnumerable<string> ruleIds, string because = "", params object[] becauseArgs)
    {
        ArgumentNullException.ThrowIfNull(ruleIds);
        var accepted = ruleIds.ToHashSet(StringComparer.Ordinal);
        var named = accepted.Count == 0 ? "none" : string.Join(", ", accepted.Order(StringComparer.Ordinal));
        if (HasSubject($"to have no issues other than {named}", because, becauseArgs))
        {
            var others = Subject.Issues.Where(i => !accepted.Contains(i.RuleId)).ToList();
            Execute.Assertion.BecauseOf(because, becauseArgs)
                .ForCondition(others.Count == 0)
                .FailWith("Expected {context:report} to have no issues other than {0}{reason}, but it has {1}:{2}",
                    new Verbatim(named), new Verbatim(Count(others.Count, "other issue")), new Verbatim(Listing.Lines(others, i => i.ToString())));
        }

        return new AndConstraint<ValidationReportAssertions>(this);
    }

    /// <summary>What the report held, for a failure message.</summary>
    internal static string Held(ValidationReport report) => report.Issues.Count == 0
        ? "the report holds no issues."
        : $"the report holds {Count(report.Issues.Count, "issue")}:{Listing.Lines(report.Issues, i => i.ToString())}";

    internal static string Count(int count, string noun) => count == 1 ? $"1 {noun}" : $"{count} {noun}s";

    [CustomAssertion]
    private bool HasSubject(string expectation, string because, object[] becauseArgs) =>
        Execute.Assertion.BecauseOf(because, becauseArgs)
            .ForCondition(Subject is not null)
            .FailWith("Expected {context:report} {0}{reason}, but found <null>.", new Verbatim(expectation));
}
