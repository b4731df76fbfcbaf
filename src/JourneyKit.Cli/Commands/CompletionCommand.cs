using System.CommandLine;
using JourneyKit.Cli.Output;

namespace JourneyKit.Cli.Commands;

/// <summary><c>journeykit completion</c>: a shell script that completes commands and options, by the tool's own <c>[suggest]</c> directive.</summary>
internal static class CompletionCommand
{
    private static readonly string[] Shells = ["bash", "zsh"];

    /// <summary>Gets the examples <c>--help</c> shows for the command.</summary>
    public static string[] Examples { get; } =
    [
        "journeykit completion bash >> ~/.bashrc",
        "journeykit completion zsh >> ~/.zshrc",
    ];

    public static Command Create()
    {
        var shell = new Argument<string>("shell") { Description = "bash or zsh." };
        shell.Validators.Add(result =>
        {
            if (result.Tokens.Count > 0 && !Shells.Contains(result.Tokens[0].Value, StringComparer.Ordinal))
            {
                result.AddError($"completion is written for bash or zsh, not \"{result.Tokens[0].Value}\".");
            }
        });
        var command = new Command("completion", """
            Print a shell completion script.
            """)
        {
            shell,
        };
        command.SetAction(result => Invocation.Run(result, run =>
        {
            var bash = """
                _journeykit_complete() {
                  local IFS=$'\n'
                  COMPREPLY=($(journeykit "[suggest:${COMP_POINT}]" "${COMP_LINE}" 2>/dev/null))
                }
                complete -o default -F _journeykit_complete journeykit

                """;
            run.Terminal.Output.Write(result.GetValue(shell) == "zsh" ? "autoload -U +X bashcompinit && bashcompinit\n" + bash : bash);
            return ExitCodes.Clean;
        }));
        return command;
    }
}
