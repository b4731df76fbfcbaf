using System.CommandLine;
using System.CommandLine.Help;
using JourneyKit.Cli.Commands;
using JourneyKit.Cli.Output;

var commands = new (Command Command, (string Title, string[] Lines)[] Sections)[]
{
    (ValidateCommand.Create(), [("Examples", ValidateCommand.Examples)]),
    (DiffCommand.Create(), [("Examples", DiffCommand.Examples)]),
    (GateCommand.Create(), [("Rules", GateCommand.Rules), ("Examples", GateCommand.Examples)]),
    (ConvertCommand.Create(), [("Examples", ConvertCommand.Examples)]),
    (RenderCommand.Create(), [("Examples", RenderCommand.Examples)]),
    (MergeCommand.Create(), [("Examples", MergeCommand.Examples)]),
    (SchemaCommand.Create(), [("Examples", SchemaCommand.Examples)]),
    (InitCommand.Create(), [("Examples", InitCommand.Examples)]),
    (CompletionCommand.Create(), [("Examples", CompletionCommand.Examples)]),
};

var root = new RootCommand("""
    journeykit: validate, compare and gate customer journey maps in CI and pull requests.

    Exit codes: 0 clean; 1 findings at or above --fail-on (or merge conflicts); 2 bad input or usage.
    Settings come from .journeykit.json, looked for from the working directory upward.
    """)
;
foreach (var (command, _) in commands)
{
    root.Subcommands.Add(command);
}

var helpOption = root.Options.OfType<HelpOption>().Single();
helpOption.Action = new HelpWithExamples((HelpAction)helpOption.Action!, commands.ToDictionary(c => c.Command, c => c.Sections));
root.Options.Add(CommonOptions.Config);
root.Options.Add(CommonOptions.Quiet);
root.Options.Add(CommonOptions.Verbose);
root.Options.Add(CommonOptions.Today);

var parsed = root.Parse(args);
if (parsed.Errors.Count > 0 && parsed.Action is not HelpWithExamples)
{
    foreach (var error in parsed.Errors)
    {
        Console.Error.WriteLine($"error: {error.Message}");
    }

    Console.Error.WriteLine($"Run 'journeykit {(parsed.CommandResult.Command == root ? "" : parsed.CommandResult.Command.Name + " ")}--help' for usage.");
    return ExitCodes.BadInput;
}

return parsed.Invoke();
