using System.CommandLine;
using JourneyKit.Cli.Inputs;
using JourneyKit.Cli.Output;
using JourneyKit.Diffing;
using JourneyKit.Rendering;
using JourneyKit.Serialization.Json;

namespace JourneyKit.Cli.Commands;

/// <summary><c>journeykit diff</c>: what changed between two revisions of a map, for people, pull requests and programs.</summary>
internal static class DiffCommand
{
    private static readonly string[] Formats = ["text", "markdown", "html", "json", "github"];

    /// <summary>Gets the examples <c>--help</c> shows for the command.</summary>
    public static string[] Examples { get; } =
    [
        "journeykit diff origin/main:maps/lunch.json maps/lunch.json",
        "journeykit diff maps/lunch.v1.json maps/lunch.json --format markdown > comment.md",
        "journeykit diff origin/main:maps/shoes.json maps/shoes.json --format html -o changes.html",
    ];

    public static Command Create()
    {
        var before = new Argument<string>("base") { Description = "The older revision: a file, or <ref>:<path> read through git (origin/main:maps/lunch.json)." };
        var after = new Argument<string>("revision") { Description = "The newer revision: a file, or <ref>:<path>." };
        var format = CommonOptions.Format(Formats, "How to print the changes (default text); markdown is ready to post as a pull-request comment, github also writes it to the job summary.");
        var output = CommonOptions.Output("Write to this file instead of standard output.");
        var language = CommonOptions.Language("the changelog and the page", configured: true);
        var command = new Command("diff", """
            Compare two revisions of a map: new and resolved pain points, emotion shifts, metrics against their targets, validation issues, and every change by stage.
            """)
        {
            before, after, format, output, language,
        };
        command.SetAction(result => Invocation.Run(result, run =>
        {
            var chosen = run.Format(format, "diff", "text");
            var (was, now) = (MapSource.Open(result.GetValue(before)!, run.Terminal).Read(), MapSource.Open(result.GetValue(after)!, run.Terminal).Read());
            var rules = run.Config.RuleSet();
            var writeIn = Invocation.For(run.Language(language, "diff"), now);
            var summary = DiffSummary.Of(was, now, issuesBefore: rules.Validate(was, run.Time, writeIn), issuesAfter: rules.Validate(now, run.Time, writeIn));
            var text = chosen switch
            {
                "markdown" or "github" => summary.ToMarkdown(writeIn),
                "html" => new JourneyMapHtml { Options = RenderOptions.Default with { Language = writeIn } }.RenderDiff(was, summary.Diff),
                "json" => JourneyDiffJson.Default.Serialize(summary.Diff) + "\n",
                _ => summary.ToText(writeIn),
            };
            run.Write(result.GetValue(output), text);
            if (chosen == "github")
            {
                JobSummary.Append(text, run.Terminal);
            }

            return ExitCodes.Clean;
        }));
        return command;
    }
}
