using System.CommandLine;
using JourneyKit.Cli.Configuration;
using JourneyKit.Cli.Output;
using JourneyKit.Localization;

namespace JourneyKit.Cli.Commands;

/// <summary>What a command runs with: where it writes, its configuration and its clock; and the one place bad input becomes exit code 2.</summary>
internal sealed class Invocation(ParseResult result, Terminal terminal, Lazy<ToolConfig> config, TimeProvider time)
{
    public ParseResult Result { get; } = result;

    public Terminal Terminal { get; } = terminal;

    /// <summary>Gets the settings of .journeykit.json, read on first use: commands that take none work beside a broken file.</summary>
    public ToolConfig Config => config.Value;

    public TimeProvider Time { get; } = time;

    /// <summary>Runs a command's work, turning input the tool cannot use into a message on standard error and exit code 2.</summary>
    public static int Run(ParseResult result, Func<Invocation, int> work)
    {
        var verbosity = result.GetValue(CommonOptions.Quiet) ? Verbosity.Quiet : result.GetValue(CommonOptions.Verbose) ? Verbosity.Verbose : Verbosity.Normal;
        var terminal = Terminal.FromConsole(verbosity);
        try
        {
            var config = new Lazy<ToolConfig>(() => ConfigReader.Load(result.GetValue(CommonOptions.Config), terminal), LazyThreadSafetyMode.None);
            var time = result.GetValue(CommonOptions.Today) is { } day ? new FixedTime(day) : TimeProvider.System;
            return work(new Invocation(result, terminal, config, time));
        }
        catch (InputException e)
        {
            terminal.Error.WriteLine(e.Message);
            return ExitCodes.BadInput;
        }
        catch (JourneyKitException e)
        {
            terminal.Error.WriteLine($"error: {e.Message}");
            return ExitCodes.BadInput;
        }
        catch (IOException e)
        {
            terminal.Error.WriteLine($"error: {e.Message}");
            return ExitCodes.BadInput;
        }
        catch (UnauthorizedAccessException e)
        {
            terminal.Error.WriteLine($"error: {e.Message}");
            return ExitCodes.BadInput;
        }
    }

    /// <summary>The format from the command line, else the configuration file's for this command, else the command's default.</summary>
    public string Format(Option<string?> option, string command, string fallback) =>
        Result.GetValue(option) ?? Config.For(command).Format ?? fallback;

    public FailOn FailOn(Option<FailOn?> option, string command, FailOn fallback) =>
        Result.GetValue(option) ?? Config.For(command).FailOn ?? fallback;

    /// <summary>
    /// The language chosen for what the command writes: <c>--language</c>, else the configuration file's for this
    /// command (for the commands that read it); <see langword="null"/> when neither gives one, so each map's own
    /// language applies, else English.
    /// </summary>
    public JourneyLanguage? Language(Option<JourneyLanguage?> option, string? command = null) =>
        Result.GetValue(option) ?? (command is null ? null : Config.For(command).Language);

    /// <summary>The language to write about one map in: the chosen one, else the map's own if built in, else English.</summary>
    public static JourneyLanguage For(JourneyLanguage? chosen, JourneyMap map) =>
        chosen ?? (map.Language is { } tag ? JourneyLanguage.Find(tag) : null) ?? JourneyLanguage.English;

    /// <summary>Writes text to a file given with <c>--output</c>, or to standard output.</summary>
    public void Write(string? output, string text)
    {
        if (output is null or "-")
        {
            Terminal.Output.Write(text);
            return;
        }

        File.WriteAllText(Path.GetFullPath(output, Terminal.WorkingDirectory), text);
        Terminal.Note($"wrote {Terminal.Relative(Path.GetFullPath(output, Terminal.WorkingDirectory))}");
    }

    /// <summary>A clock stopped at noon UTC of one day, for <c>--today</c>.</summary>
    private sealed class FixedTime(DateOnly day) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => new(day.ToDateTime(new TimeOnly(12, 0)), TimeSpan.Zero);
    }
}
