using System.CommandLine;
using JourneyKit.Cli.Configuration;
using JourneyKit.Cli.Output;
using JourneyKit.Serialization.Json;

namespace JourneyKit.Cli.Commands;

/// <summary><c>journeykit init</c>: a starter map and configuration file to edit.</summary>
internal static class InitCommand
{
    public const string MapFile = "journey.json";

    private const string StarterConfig = """
        {
          "rules": {
            "JK1009": "info"
          },
          "suppressions": [],
          "gate": {
            "painPointSeverity": "high",
            "emotionDrop": 2
          },
          "commands": {
            "validate": { "format": "text", "failOn": "error" },
            "diff": { "format": "markdown" },
            "gate": { "format": "text", "failOn": "error" }
          }
        }

        """;

    /// <summary>Gets the examples <c>--help</c> shows for the command.</summary>
    public static string[] Examples { get; } =
    [
        "journeykit init",
        "journeykit init maps --force",
    ];

    public static Command Create()
    {
        var directory = new Argument<string>("folder") { Description = "Where to write the files; the working directory when not given.", Arity = ArgumentArity.ZeroOrOne };
        var force = new Option<bool>("--force") { Description = "Overwrite files that exist." };
        var command = new Command("init", $"""
            Write a starter map ({MapFile}) and configuration file ({ToolConfig.FileName}) to edit.
            """)
        {
            directory, force,
        };
        command.SetAction(result => Invocation.Run(result, run =>
        {
            var folder = Path.GetFullPath(result.GetValue(directory) ?? ".", run.Terminal.WorkingDirectory);
            Directory.CreateDirectory(folder);
            var files = new[] { (Path.Combine(folder, MapFile), JourneyMapJson.Default.Serialize(Starter()) + "\n"), (Path.Combine(folder, ToolConfig.FileName), StarterConfig) };
            var existing = files.Where(f => File.Exists(f.Item1)).Select(f => run.Terminal.Relative(f.Item1)).ToList();
            if (existing.Count > 0 && !result.GetValue(force))
            {
                throw new InputException($"{string.Join(", ", existing)}: already there; nothing written. Use --force to overwrite.");
            }

            foreach (var (path, text) in files)
            {
                File.WriteAllText(path, text);
                run.Terminal.Note($"wrote {run.Terminal.Relative(path)}");
            }

            return ExitCodes.Clean;
        }));
        return command;
    }

    private static JourneyMap Starter() => JourneyMap.Create("Order lunch online")
        .Description("A starter map: replace it with your customers' journey.")
        .Persona("Busy office worker", p => p.Goal("Lunch at the desk within 30 minutes"))
        .Owner("Digital team")
        .Touchpoint("Website", t => t.OnChannel("Web"))
        .Stage("Choose", s => s
            .OwnedBy("Digital team")
            .Goal("Find a lunch that arrives in time")
            .Question("What can I get quickly?")
            .Metric("Menu to basket", m => m.Kind(MetricKind.Conversion).Unit("%").Target(60).Actual(48))
            .Step("Browses the menu", st => st
                .Via("Website")
                .Emotion(0, "hungry")
                .PainPoint("Delivery time is not shown", PainSeverity.Medium)
                .Opportunity("Show delivery time on every dish", o => o.Addresses("Delivery time is not shown")))
            .Step("Adds a dish to the basket", st => st.Via("Website").Emotion(1, "looks good")))
        .Stage("Pay", s => s
            .OwnedBy("Digital team")
            .Goal("Pay in a few taps")
            .Question("Can I pay with my phone?")
            .Metric("Payment success", m => m.Kind(MetricKind.Completion).Unit("%").Target(98).Actual(97))
            .Step("Pays", st => st.Via("Website").Emotion(1, "done")))
        .Build();
}
