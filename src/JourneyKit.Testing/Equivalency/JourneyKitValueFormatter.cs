using FluentAssertions.Formatting;
using JourneyKit.Diffing;
using JourneyKit.Validation;

namespace JourneyKit.Testing.Equivalency;

/// <summary>
/// Shows JourneyKit's values in FluentAssertions' messages by their summary line (a map's title and size, a report's
/// counts, a diff's number of changes) instead of a dump of every member.
/// </summary>
internal sealed class JourneyKitValueFormatter : IValueFormatter
{
    public bool CanHandle(object value) => value is Verbatim or JourneyMap or ValidationReport or JourneyDiff or DiffSummary;

    public void Format(object value, FormattedObjectGraph formattedGraph, FormattingContext context, FormatChild formatChild)
    {
        var text = value switch
        {
            Verbatim verbatim => verbatim.Text,
            ValidationReport report => FirstLine(report.ToString()),
            DiffSummary summary => $"the changes from {summary.Before} to {summary.After} ({Changelog.Count(summary.Diff)})",
            _ => value.ToString() ?? "",
        };
        formattedGraph.AddFragment(text);
    }

    private static string FirstLine(string text)
    {
        var end = text.IndexOf('\n', StringComparison.Ordinal);
        return end < 0 ? text : text[..end].TrimEnd('\r');
    }
}
