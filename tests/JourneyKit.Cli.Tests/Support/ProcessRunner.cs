using System.Diagnostics;

namespace JourneyKit.Cli.Tests.Support;

/// <summary>Runs a program to its end with its output captured: the tool, git, dotnet and bash in the tests.</summary>
public static class ProcessRunner
{
    public static ToolRun Run(string program, IEnumerable<string> arguments, string? workingDirectory = null, IReadOnlyDictionary<string, string?>? environment = null)
    {
        var start = new ProcessStartInfo(program)
        {
            WorkingDirectory = workingDirectory ?? Environment.CurrentDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var (name, value) in environment ?? new Dictionary<string, string?>())
        {
            start.Environment[name] = value;
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(5)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{program} {string.Join(' ', arguments)} did not finish in five minutes.");
        }

        return new ToolRun(process.ExitCode, output.Result.ReplaceLineEndings("\n"), error.Result.ReplaceLineEndings("\n"));
    }

    /// <summary>Runs git with a fixed author, failing the test if git fails.</summary>
    public static string Git(string directory, params string[] arguments)
    {
        var run = Run("git", arguments, directory, new Dictionary<string, string?>
        {
            ["GIT_AUTHOR_NAME"] = "Test",
            ["GIT_COMMITTER_NAME"] = "Test",
            ["GIT_AUTHOR_EMAIL"] = "test@example.com",
            ["GIT_COMMITTER_EMAIL"] = "test@example.com",
        });
        run.ExitCode.Should().Be(0, $"git {string.Join(' ', arguments)} failed: {run.Error}");
        return run.Output;
    }
}
