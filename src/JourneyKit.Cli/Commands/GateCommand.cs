using System.CommandLine;
using System.Text;
using JourneyKit.Cli.Findings;
using JourneyKit.Cli.Gating;
using JourneyKit.Cli.Inputs;
using JourneyKit.Cli.Output;

namespace JourneyKit.Cli.Commands;

/// <summary><c>journeykit gate</c>: fails when a revision makes the customer's experience worse.</summary>
internal static class GateCommand
{
    /// <summary>Gets the examples <c>--help</c> shows for the command.</summary>
    /// <summary>Gets the gate's rules, which <c>--help</c> lists before the examples.</summary>
    public static string[] Rules { get; } = [.. GateRules.All.Select(r => $"{r.Id} {r.Title} ({r.DefaultSeverity.ToString().ToLowerInvariant()})")];

    public static string[] Examples { get; } =
    [
        "journeykit gate origin/main:maps/lunch.json maps/lunch.json",
        "journeykit gate origin/main:maps/lunch.json maps/lunch.json --format github --fail-on warning",
    ];

    public static Command Create()
    {
        var before = new Argument<string>("base") { Description = "The older revision: a file, or <ref>:<path> read through git." };
        var after = new Argument<string>("revision") { Description = "The newer revision: a file, or <ref>:<path>." };
        var format = CommonOptions.Format(FindingWriter.Formats, "How to print the regressions (default text).");
        var failOn = CommonOptions.FailOn("The lowest severity that makes the exit code 1 (default error).");
        var language = CommonOptions.Language("the regressions' messages and the job summary", configured: true);
        var command = new Command("gate", """
            Check a revision for experience regressions, each with an id and a severity that .journeykit.json can change.
            """)
        {
            before, after, format, failOn, language,
        };
        command.SetAction(result => Invocation.Run(result, run =>
        {
            var chosen = run.Format(format, "gate", "text");
            var baseSource = MapSource.Open(result.GetValue(before)!, run.Terminal);
            var revisionSource = MapSource.Open(result.GetValue(after)!, run.Terminal);
            var (was, now) = (baseSource.Read(), revisionSource.Read());
            var writeIn = Invocation.For(run.Language(language, "gate"), now);
            var findings = GateRules.Check(revisionSource, was, now, run.Config, run.Time, writeIn);
            FindingWriter.Write(chosen, findings, 1, run.Terminal);
            if (chosen == "github")
            {
                JobSummary.Append(Markdown(findings, baseSource.Name, revisionSource.Name, GateTexts.For(writeIn)), run.Terminal);
            }

            return findings.Any(f => run.FailOn(failOn, "gate", FailOn.Error).Fails(f.Severity)) ? ExitCodes.Findings : ExitCodes.Clean;
        }));
        return command;
    }

    private static string Markdown(List<Finding> findings, string before, string after, GateTexts texts)
    {
        var text = new StringBuilder($"### {texts.Format(texts.Heading, Escape(before), Escape(after))}\n\n");
        if (findings.Count == 0)
        {
            return text.Append(texts.NoRegression).Append('\n').ToString();
        }

        text.Append($"| {string.Join(" | ", texts.Columns)} |\n|---|---|---|\n");
        foreach (var finding in findings)
        {
            text.Append($"| {texts.Severity(finding.Severity)} | {finding.Rule.Id} {Escape(finding.Rule.ShownTitle)} | {Escape(finding.Message)} |\n");
        }

        return text.ToString();
    }

    /// <summary>User text in a Markdown table cell: Markdown's punctuation escaped, and on one line.</summary>
    private static string Escape(string text)
    {
        var escaped = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            _ = c switch
            {
                '\n' or '\r' => escaped.Append(' '),
                '<' => escaped.Append("&lt;"),
                '>' => escaped.Append("&gt;"),
                '&' => escaped.Append("&amp;"),
                '\\' or '`' or '*' or '_' or '[' or ']' or '|' or '#' or '!' or '~' => escaped.Append('\\').Append(c),
                _ => escaped.Append(c),
            };
        }

        return escaped.ToString();
    }
}
