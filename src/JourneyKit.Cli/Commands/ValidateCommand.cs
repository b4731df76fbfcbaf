using System.CommandLine;
using JourneyKit.Cli.Findings;
using JourneyKit.Cli.Inputs;
using JourneyKit.Cli.Output;
using JourneyKit.Localization;

namespace JourneyKit.Cli.Commands;

/// <summary><c>journeykit validate</c>: the validation rules on map files, with the configuration file's rule set.</summary>
internal static class ValidateCommand
{
    /// <summary>Gets the examples <c>--help</c> shows for the command.</summary>
    public static string[] Examples { get; } =
    [
        "journeykit validate maps/lunch.json",
        "journeykit validate \"maps/**/*.json\" --format sarif > journeykit.sarif",
        "journeykit validate \"maps/**/*.json\" --format github --fail-on warning",
    ];

    public static Command Create()
    {
        var files = new Argument<string[]>("files") { Description = "Map files or glob patterns, such as maps/**/*.json.", Arity = ArgumentArity.OneOrMore };
        var format = CommonOptions.Format(FindingWriter.Formats, "How to print the findings (default text).");
        var failOn = CommonOptions.FailOn("The lowest severity that makes the exit code 1 (default error).");
        var language = CommonOptions.Language("the findings' messages", configured: true);
        var command = new Command("validate", """
            Check map files against the validation rules: the default rule set with the overrides and suppressions of .journeykit.json.
            """)
        {
            files, format, failOn, language,
        };
        command.SetAction(result => Invocation.Run(result, run =>
        {
            var chosen = run.Format(format, "validate", "text");
            var rules = run.Config.RuleSet();
            var chosenLanguage = run.Language(language, "validate");
            var byId = new Dictionary<(string Rule, JourneyLanguage Language), FindingRule>();
            var info = rules.Rules.ToDictionary(r => r.Info.Id, r => r.Info, StringComparer.Ordinal);
            var paths = FileGlob.Expand(result.GetValue(files)!, run.Terminal);
            var findings = new List<Finding>();
            foreach (var path in paths)
            {
                var source = MapSource.Open(path, run.Terminal);
                var map = source.Read();
                var locator = JsonLocator.Of(source.Format.Name == "json" ? source.Bytes : []);
                var report = rules.Validate(map, run.Time, chosenLanguage);
                foreach (var issue in report.Issues)
                {
                    var (line, column) = locator.Find(issue.Path.Value);
                    if (!byId.TryGetValue((issue.RuleId, report.Language), out var rule))
                    {
                        byId[(issue.RuleId, report.Language)] = rule = FindingRule.Of(info[issue.RuleId], report.Language);
                    }

                    findings.Add(new Finding(rule, issue.Severity, issue.Message, source.Name, line, column, issue.Path.Value));
                }

                run.Terminal.Detail($"{source.Name}: {map}");
            }

            FindingWriter.Write(chosen, findings, paths.Count, run.Terminal);
            return findings.Any(f => run.FailOn(failOn, "validate", FailOn.Error).Fails(f.Severity)) ? ExitCodes.Findings : ExitCodes.Clean;
        }));
        return command;
    }
}
