using System.Text;

namespace JourneyKit.Validation;

/// <summary>What validating a map found: the issues in a deterministic order and what was suppressed.</summary>
/// <remarks>
/// Issues come in the order of the rules' ids, and for each rule in the map's document order. Only errors make a
/// map invalid. Immutable and thread-safe.
/// </remarks>
public sealed record ValidationReport
{
    internal ValidationReport(string mapTitle, ValueList<ValidationIssue> issues, ValueList<SuppressedIssue> suppressed)
    {
        MapTitle = mapTitle;
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

    /// <summary>Returns a summary line and one line per issue, then the suppressed issues.</summary>
    /// <returns>The readable report.</returns>
    public override string ToString()
    {
        var text = new StringBuilder();
        text.Append("Validation of '").Append(MapTitle).Append("': ")
            .Append(ErrorCount).Append(ErrorCount == 1 ? " error, " : " errors, ")
            .Append(WarningCount).Append(WarningCount == 1 ? " warning, " : " warnings, ")
            .Append(InfoCount).Append(InfoCount == 1 ? " info" : " infos");
        if (!Suppressed.IsEmpty)
        {
            text.Append(", ").Append(Suppressed.Count).Append(" suppressed");
        }

        text.Append(IsValid ? " (valid)" : " (invalid)");
        foreach (var issue in Issues)
        {
            text.Append('\n').Append("  ").Append(issue);
        }

        foreach (var suppressed in Suppressed)
        {
            text.Append('\n').Append("  ").Append(suppressed);
        }

        return text.ToString();
    }
}
