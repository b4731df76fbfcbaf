using System.CommandLine;
using JourneyKit.Cli.Inputs;
using JourneyKit.Cli.Output;
using JourneyKit.Diffing;
using JourneyKit.Serialization.Json;

namespace JourneyKit.Cli.Commands;

/// <summary><c>journeykit merge</c>: two lines of edits made from the same base, combined, with their conflicts listed.</summary>
internal static class MergeCommand
{
    /// <summary>Gets the examples <c>--help</c> shows for the command.</summary>
    public static string[] Examples { get; } =
    [
        "journeykit merge base.json ours.json theirs.json -o merged.json",
        "journeykit merge origin/main:maps/lunch.json maps/lunch.json other/lunch.json --prefer ours -o maps/lunch.json",
    ];

    public static Command Create()
    {
        var @base = new Argument<string>("base") { Description = "The revision both edits started from." };
        var ours = new Argument<string>("ours") { Description = "One edited revision." };
        var theirs = new Argument<string>("theirs") { Description = "The other edited revision." };
        var output = CommonOptions.Output("Write the merged map (canonical JSON) to this file; standard output when not given.");
        var prefer = new Option<string?>("--prefer") { Description = "Resolve every conflict with one side: ours or theirs. Without it, a conflict writes nothing and exits with 1." };
        prefer.OneOf("ours", "theirs");
        var language = CommonOptions.Language("the conflicts' messages", configured: false);
        var command = new Command("merge", """
            Merge two edits of the same base map. Conflicts are listed with their place and kind; the exit code is 1 when any is left.
            """)
        {
            @base, ours, theirs, output, prefer, language,
        };
        command.SetAction(result => Invocation.Run(result, run =>
        {
            var read = (Argument<string> argument) => MapSource.Open(result.GetValue(argument)!, run.Terminal).Read();
            var (was, mine, others) = (read(@base), read(ours), read(theirs));
            var merge = JourneyDiff.Merge(was, mine, others);
            var writeIn = Invocation.For(run.Language(language), mine);
            if (result.GetValue(prefer) is { } side)
            {
                merge = merge.ResolveAll(side == "ours" ? ConflictResolution.Ours : ConflictResolution.Theirs);
            }

            var open = merge.Conflicts.Where(c => !c.IsResolved).ToList();
            foreach (var conflict in merge.Conflicts)
            {
                var state = conflict.IsResolved ? $"resolved ({conflict.Resolution.ToString().ToLowerInvariant()})" : "conflict";
                run.Terminal.Error.WriteLine($"{state} {conflict.Kind} at {conflict.Path}: {conflict.Describe(writeIn)}");
            }

            if (open.Count > 0)
            {
                run.Terminal.Error.WriteLine($"{open.Count} conflict{(open.Count == 1 ? "" : "s")} left: nothing written; resolve them in the files, or choose a side with --prefer ours|theirs.");
                return ExitCodes.Findings;
            }

            run.Write(result.GetValue(output), JourneyMapJson.Default.Serialize(merge.Merged) + "\n");
            return ExitCodes.Clean;
        }));
        return command;
    }
}
