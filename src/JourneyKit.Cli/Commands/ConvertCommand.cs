using System.CommandLine;
using JourneyKit.Cli.Inputs;
using JourneyKit.Cli.Output;
using JourneyKit.Rendering;
using JourneyKit.Serialization;
using JourneyKit.Serialization.Csv;
using JourneyKit.Serialization.Markdown;
using JourneyKit.Serialization.Mermaid;

namespace JourneyKit.Cli.Commands;

/// <summary><c>journeykit convert</c>: a map from one registered format to another.</summary>
internal static class ConvertCommand
{
    /// <summary>Gets the examples <c>--help</c> shows for the command.</summary>
    public static string[] Examples { get; } =
    [
        "journeykit convert maps/lunch.json lunch.mmd",
        "journeykit convert diagram.mmd maps/lunch.json",
        "journeykit convert maps/lunch.json - --to markdown",
    ];

    public static Command Create()
    {
        var input = new Argument<string>("input") { Description = "The map to read: a file (JSON, Mermaid), or <ref>:<path>." };
        var output = new Argument<string>("output") { Description = "The file to write; its extension names the format unless --to does; - for standard output." };
        var to = new Option<string?>("--to") { Description = $"The format to write: {string.Join(", ", JourneyMapFormats.Default.Formats.Where(f => f.Writer is not null).Select(f => f.Name))}." };
        var language = CommonOptions.Language("what the markdown, csv, svg and html formats write around the map's labels", configured: false);
        var command = new Command("convert", """
            Convert a map between formats. What the target format cannot carry is listed on standard error, never dropped in silence.
            """)
        {
            input, output, to, language,
        };
        command.SetAction(result => Invocation.Run(result, run =>
        {
            var map = MapSource.Open(result.GetValue(input)!, run.Terminal).Read();
            var target = result.GetValue(output)!;
            var format = result.GetValue(to) is { } name
                ? JourneyMapFormats.Default.Find(name) ?? throw new InputException($"--to: no format is named \"{name}\"; the formats are {string.Join(", ", JourneyMapFormats.Default.Formats.Select(f => f.Name))}.")
                : target == "-" ? throw new InputException("convert to standard output (-) needs --to with a format name.")
                : JourneyMapFormats.Default.FindByExtension(target) ?? throw new InputException($"{target}: no format writes files named like this; give --to.");
            if (format.Writer is not { } writer)
            {
                throw new InputException($"the {format.Name} format cannot be written.");
            }

            if (run.Language(language) is { } writeIn)
            {
                writer = writer switch
                {
                    JourneyMapMarkdown => new JourneyMapMarkdown { Language = writeIn },
                    JourneyMapCsv => new JourneyMapCsv { Language = writeIn },
                    JourneyMapSvg svg => new JourneyMapSvg { Options = svg.Options with { Language = writeIn } },
                    JourneyMapHtml html => new JourneyMapHtml { Options = html.Options with { Language = writeIn } },
                    _ => writer,
                };
            }

            if (writer is JourneyMapMermaid mermaid)
            {
                foreach (var loss in mermaid.Export(map).Losses)
                {
                    run.Terminal.Note($"warning: {loss}");
                }
            }

            using var bytes = new MemoryStream();
            writer.Serialize(map, bytes);
            if (target == "-")
            {
                using var stdout = Console.OpenStandardOutput();
                bytes.Position = 0;
                bytes.CopyTo(stdout);
            }
            else
            {
                var path = Path.GetFullPath(target, run.Terminal.WorkingDirectory);
                File.WriteAllBytes(path, bytes.ToArray());
                run.Terminal.Note($"wrote {run.Terminal.Relative(path)} ({format.Name})");
            }

            return ExitCodes.Clean;
        }));
        return command;
    }
}
