namespace JourneyKit.Validation;

/// <summary>Thrown by <see cref="ValidationReport.ThrowIfInvalid"/> when a map has errors; carries every error.</summary>
/// <remarks>
/// The message is for developers, so its first line is English whatever the report's language; the errors it lists are
/// written as the report writes them, in the report's <see cref="ValidationReport.Language"/>.
/// </remarks>
public sealed class JourneyMapValidationException : JourneyKitException
{
    /// <summary>Creates an exception with no report.</summary>
    public JourneyMapValidationException()
        : base("The journey map is invalid.")
    {
    }

    /// <summary>Creates an exception with a message and no report.</summary>
    /// <param name="message">The message.</param>
    public JourneyMapValidationException(string message)
        : base(message)
    {
    }

    /// <summary>Creates an exception with a message, a cause and no report.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public JourneyMapValidationException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    internal JourneyMapValidationException(ValidationReport report)
        : base(Describe(report))
    {
        Report = report;
        Errors = ValueList.From(report.Issues.Where(i => i.Severity == IssueSeverity.Error));
    }

    /// <summary>Gets the whole report, if the exception came from one.</summary>
    public ValidationReport? Report { get; }

    /// <summary>Gets every error of the report.</summary>
    public ValueList<ValidationIssue> Errors { get; }

    private static string Describe(ValidationReport report) =>
        $"The journey map '{report.MapTitle}' has {report.ErrorCount} validation error{(report.ErrorCount == 1 ? "" : "s")}:\n" +
        string.Join("\n", report.Issues.Where(i => i.Severity == IssueSeverity.Error).Select(i => "  - " + report.Line(i)));
}
