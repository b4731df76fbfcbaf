using System.CommandLine;
using JourneyKit.Cli.Output;
using JourneyKit.Serialization.Json;

namespace JourneyKit.Cli.Commands;

/// <summary><c>journeykit schema</c>: the JSON Schema of the map format, for editors and other tools.</summary>
internal static class SchemaCommand
{
    /// <summary>Gets the examples <c>--help</c> shows for the command.</summary>
    public static string[] Examples { get; } =
    [
        "journeykit schema > journeymap.schema.json",
    ];

    public static Command Create()
    {
        var output = CommonOptions.Output("Write to this file instead of standard output.");
        var command = new Command("schema", """
            Print the JSON Schema of the map format (draft 2020-12).
            """)
        {
            output,
        };
        command.SetAction(result => Invocation.Run(result, run =>
        {
            run.Write(result.GetValue(output), JourneyMapJson.Schema.EndsWith('\n') ? JourneyMapJson.Schema : JourneyMapJson.Schema + "\n");
            return ExitCodes.Clean;
        }));
        return command;
    }
}
