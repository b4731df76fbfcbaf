using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;

namespace JourneyKit.Cli.Commands;

/// <summary><c>--help</c> as System.CommandLine writes it, then the command's own sections, such as its examples.</summary>
internal sealed class HelpWithExamples(HelpAction help, IReadOnlyDictionary<Command, (string Title, string[] Lines)[]> sections) : SynchronousCommandLineAction
{
    public override int Invoke(ParseResult parseResult)
    {
        var code = help.Invoke(parseResult);
        if (sections.TryGetValue(parseResult.CommandResult.Command, out var extra))
        {
            foreach (var (title, lines) in extra)
            {
                Console.Out.WriteLine($"{title}:");
                foreach (var line in lines)
                {
                    Console.Out.WriteLine($"  {line}");
                }

                Console.Out.WriteLine();
            }
        }

        return code;
    }
}
