using FluentAssertions;
using FluentAssertions.Execution;
using JourneyKit.Testing.Equivalency;
using JourneyKit.Validation;

namespace JourneyKit.Testing.Assertions;

/// <summary>
/// Assertions on the issues of one rule in a report, narrowed step by step:
/// <c>report.Should().HaveIssue("JK1012").At("/stages/pay/steps/pays").WithSeverity(IssueSeverity.Warning)</c>.
/// </summary>
public sealed class ValidationIssueAssertions
{
    private readonly List<ValidationIssue> _issues;
    private readonly string _ruleId;

    internal ValidationIssueAssertions(ValidationReportAssertions parent, List<ValidationIssue> issues, string ruleId)
    {
        And = parent;
        _issues = issues;
        _ruleId = ruleId;
    }

    /// <summary>Gets the report's assertions, to go on with other checks on the report.</summary>
    public ValidationReportAssertions And { get; }

    /// <summary>Gets the one issue the assertions narrowed to; fails when there are more.</summary>
    public ValidationIssue Which
    {
        [CustomAssertion]
        get
        {
            Execute.Assertion
                .ForCondition(_issues.Count <= 1)
                .FailWith("Expected one issue {0}, but there are {1}:{2}",
                    new Verbatim(_ruleId), new Verbatim(_issues.Count.ToString(System.Globalization.CultureInfo.InvariantCulture)),
                    new Verbatim(Listing.Lines(_issues, i => i.ToString())));
            return _issues.FirstOrDefault()!;
        }
    }

    /// <summary>Asserts that one of the issues is at this path, and narrows to the issues there.</summary>
    /// <param name="path">The element's path by ids, such as <c>/stages/pay/steps/pays</c>.</param>
    /// <param name="because">Why, for the failure message.</param>
    /// <param name="becauseArgs">Values for placeholders in <paramref name="because"/>.</param>
    /// <returns>The assertions on the issues at that path.</returns>
    [CustomAssertion]
    public ValidationIssueAssertions At(string path, string because = "", params object[] becauseArgs)
    {
        ArgumentNullException.ThrowIfNull(path);
        var here = _issues.Where(i => i.Location.Path.Value == path).ToList();
        Execute.Assertion.BecauseOf(because, becauseArgs)
            .ForCondition(here.Count > 0 || _issues.Count == 0)
            .FailWith("Expected an issue {0} at {1}{reason}, but its issues are at:{2}",
                new Verbatim(_ruleId), new Verbatim(path), new Verbatim(Listing.Lines(_issues, i => i.Location.Path.Value)));
        return new ValidationIssueAssertions(And, here, _ruleId);
    }

    /// <summary>Asserts that the issues have this severity (after the rule set's overrides).</summary>
    /// <param name="severity">The expected severity.</param>
    /// <param name="because">Why, for the failure message.</param>
    /// <param name="becauseArgs">Values for placeholders in <paramref name="because"/>.</param>
    /// <returns>The same assertions, to chain more.</returns>
    [CustomAssertion]
    public ValidationIssueAssertions WithSeverity(IssueSeverity severity, string because = "", params object[] becauseArgs)
    {
        var other = _issues.Where(i => i.Severity != severity).ToList();
        Execute.Assertion.BecauseOf(because, becauseArgs)
            .ForCondition(other.Count == 0)
            .FailWith("Expected the issues {0} to be of severity {1}{reason}, but these are not:{2}",
                new Verbatim(_ruleId), new Verbatim(severity.ToString()), new Verbatim(Listing.Lines(other, i => i.ToString())));
        return this;
    }

    /// <summary>Asserts that one of the issues' messages contains this text, and narrows to those issues.</summary>
    /// <param name="text">Text the message contains, compared by ordinal.</param>
    /// <param name="because">Why, for the failure message.</param>
    /// <param name="becauseArgs">Values for placeholders in <paramref name="because"/>.</param>
    /// <returns>The assertions on the issues whose message contains the text.</returns>
    [CustomAssertion]
    public ValidationIssueAssertions WithMessageContaining(string text, string because = "", params object[] becauseArgs)
    {
        ArgumentNullException.ThrowIfNull(text);
        var matching = _issues.Where(i => i.Message.Contains(text, StringComparison.Ordinal)).ToList();
        Execute.Assertion.BecauseOf(because, becauseArgs)
            .ForCondition(matching.Count > 0 || _issues.Count == 0)
            .FailWith("Expected an issue {0} whose message contains {1}{reason}, but its messages are:{2}",
                new Verbatim(_ruleId), text, new Verbatim(Listing.Lines(_issues, i => i.Message)));
        return new ValidationIssueAssertions(And, matching, _ruleId);
    }
}
