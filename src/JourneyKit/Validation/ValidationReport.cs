using System.Text;
using JourneyKit.Localization;

namespace JourneyKit.Validation;

/// <summary>What validating a map found: the issues in a deterministic order and what was suppressed.</summary>
/// <remarks>
/// Issues come in the order of the rules' ids, and for each rule in the map's document order. Only errors make a
/// map invalid. Immutable and thread-safe.
/// </remarks>
public sealed record ValidationReport
{
    internal ValidationReport(string mapTitle, JourneyLanguage language, ValueList<ValidationIssue> issues, ValueList<SuppressedIssue> suppressed)
    {
        MapTitle = mapTitle;
        Language = language;
        Issues = issues;
        Suppressed = suppressed;
        foreach (var issue in issues)
        {
            switch (issue.Severity)
            {
                case IssueSeverity.Error: ErrorCount++; break;
                case IssueSeverity.Warning: WarningCount++; break;
                default: InfoCount++; break;
            }
        }
    }

    /// <summary>Gets the title of the map that was validated.</summary>
    public string MapTitle { get; }

    /// <summary>Gets the language the issues' messages and <see cref="ToString"/> are written in.</summary>
    public JourneyLanguage Language { get; }

    /// <summary>Gets the issues found.</summary>
    public ValueList<ValidationIssue> Issues { get; }

    /// <summary>Gets the issues suppressed by the rule set, with their justifications.</summary>
    public ValueList<SuppressedIssue> Suppressed { get; }

    /// <summary>Gets the number of errors.</summary>
    public int ErrorCount { get; }

    /// <summary>Gets the number of warnings.</summary>
    public int WarningCount { get; }

    /// <summary>Gets the number of informational issues.</summary>
    public int InfoCount { get; }

    /// <summary>Gets whether the map has no errors; warnings and infos never make it invalid.</summary>
    public bool IsValid => ErrorCount == 0;

    /// <summary>Returns the issues of one rule.</summary>
    /// <param name="ruleId">The rule's id.</param>
    /// <returns>The issues, in order.</returns>
    public IEnumerable<ValidationIssue> IssuesOf(string ruleId) => Issues.Where(i => i.RuleId == ruleId);

    /// <summary>Throws when the map has errors.</summary>
    /// <returns>This report, when the map is valid.</returns>
    /// <exception cref="JourneyMapValidationException">The map has errors; the exception carries every one of them.</exception>
    public ValidationReport ThrowIfInvalid() => IsValid ? this : throw new JourneyMapValidationException(this);

    /// <summary>Returns a summary line and one line per issue, then the suppressed issues, in the report's <see cref="Language"/>.</summary>
    /// <returns>The readable report.</returns>
    public override string ToString()
    {
        var language = Language;
        var text = new StringBuilder();
        text.Append(language.Format(
            "Report.Summary",
            MapTitle,
            language.Format(ErrorCount == 1 ? "Report.Errors.One" : "Report.Errors.Other", ErrorCount),
            language.Format(WarningCount == 1 ? "Report.Warnings.One" : "Report.Warnings.Other", WarningCount),
            language.Format(InfoCount == 1 ? "Report.Infos.One" : "Report.Infos.Other", InfoCount)));
        if (!Suppressed.IsEmpty)
        {
            text.Append(language.Format("Report.Suppressed", Suppressed.Count));
        }

        text.Append(language[IsValid ? "Report.Valid" : "Report.Invalid"]);
        foreach (var issue in Issues)
        {
            text.Append('\n').Append("  ").Append(Line(issue));
        }

        foreach (var suppressed in Suppressed)
        {
            text.Append('\n').Append("  ").Append(language.Format("Report.SuppressedIssue", suppressed.Issue.RuleId, suppressed.Issue.Location.Path.Value, suppressed.Justification));
        }

        return text.ToString();
    }

    /// <summary>Writes one issue as a line in the report's language: severity, rule id, path and message.</summary>
    internal string Line(ValidationIssue issue)
    {
        var severity = issue.Severity switch
        {
            IssueSeverity.Error => "Report.Severity.Error",
            IssueSeverity.Warning => "Report.Severity.Warning",
            _ => "Report.Severity.Info",
        };
        return Language.Format("Report.Issue", Language[severity], issue.RuleId, issue.Location.Path.Value, issue.Message);
    }
}
