namespace JourneyKit.Validation;

/// <summary>One finding of a validation rule.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record ValidationIssue
{
    internal ValidationIssue(string ruleId, IssueSeverity severity, string message, ValidationLocation location)
    {
        RuleId = ruleId;
        Severity = severity;
        Message = message;
        Location = location;
    }

    /// <summary>Gets the id of the rule that found it, such as <c>JK1004</c>.</summary>
    public string RuleId { get; }

    /// <summary>Gets how much it matters, after the rule set's overrides.</summary>
    public IssueSeverity Severity { get; }

    /// <summary>Gets what was found, what was expected and how to fix it.</summary>
    public string Message { get; }

    /// <summary>Gets where it was found.</summary>
    public ValidationLocation Location { get; }

    /// <summary>Gets the path of the element the issue is about: <see cref="Location"/>'s path.</summary>
    public JourneyPath Path => Location.Path;

    /// <inheritdoc />
    public override string ToString() => $"{Severity.ToString().ToUpperInvariant()} {RuleId} {Location.Path}: {Message}";
}

/// <summary>An issue a rule set suppressed for one element, with the reason given.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record SuppressedIssue
{
    internal SuppressedIssue(ValidationIssue issue, string justification)
    {
        Issue = issue;
        Justification = justification;
    }

    /// <summary>Gets the issue that would have been reported.</summary>
    public ValidationIssue Issue { get; }

    /// <summary>Gets why it was suppressed.</summary>
    public string Justification { get; }

    /// <inheritdoc />
    public override string ToString() => $"suppressed {Issue.RuleId} {Issue.Location.Path}: {Justification}";
}
