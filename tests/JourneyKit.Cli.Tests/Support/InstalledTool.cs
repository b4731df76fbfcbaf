using JourneyKit.Tests.Support;

[assembly: AssemblyFixture(typeof(JourneyKit.Cli.Tests.Support.InstalledTool))]

namespace JourneyKit.Cli.Tests.Support;

/// <summary>
/// The tool as a user gets it: packed from src/JourneyKit.Cli and installed with <c>dotnet tool install</c> into a
/// temporary tool path, once per test run; the tests run it as a process.
/// </summary>
public sealed class InstalledTool : IAsyncLifetime
{
    private readonly DirectoryInfo _root = Directory.CreateTempSubdirectory("journeykit-tool-");

    /// <summary>Gets the installed command, <c>journeykit</c>.</summary>
    public string Command => Path.Combine(_root.FullName, "tools", "journeykit");

    public async ValueTask InitializeAsync()
    {
        var packages = Path.Combine(_root.FullName, "packages");
        await Dotnet(["pack", Repository.File("src", "JourneyKit.Cli", "JourneyKit.Cli.csproj"), "-c", "Release", "-o", packages, "-nologo", "-v", "q"]);
        var package = Directory.GetFiles(packages, "JourneyKit.Cli.*.nupkg").Single(p => !p.EndsWith(".snupkg", StringComparison.Ordinal));
        var version = Path.GetFileNameWithoutExtension(package)["JourneyKit.Cli.".Length..];
        var config = Path.Combine(_root.FullName, "nuget.config");
        await File.WriteAllTextAsync(config, $"""
            <configuration>
              <packageSources>
                <clear />
                <add key="local" value="{packages}" />
              </packageSources>
            </configuration>
            """);
        await Dotnet(["tool", "install", "JourneyKit.Cli", "--tool-path", Path.Combine(_root.FullName, "tools"), "--version", version, "--configfile", config]);
    }

    public ValueTask DisposeAsync()
    {
        _root.Delete(recursive: true);
        return ValueTask.CompletedTask;
    }

    /// <summary>Runs the tool in a folder, with output redirected (as in CI), and returns what it printed and its exit code.</summary>
    public ToolRun Run(string workingDirectory, params string[] arguments) => Run(workingDirectory, new Dictionary<string, string?>(), arguments);

    public ToolRun Run(string workingDirectory, IReadOnlyDictionary<string, string?> environment, params string[] arguments) =>
        ProcessRunner.Run(Command, arguments, workingDirectory, new Dictionary<string, string?>(environment) { ["GITHUB_STEP_SUMMARY"] = environment.GetValueOrDefault("GITHUB_STEP_SUMMARY") });

    private static Task Dotnet(string[] arguments) => Task.Run(() =>
    {
        var run = ProcessRunner.Run("dotnet", arguments);
        if (run.ExitCode != 0)
        {
            throw new InvalidOperationException($"dotnet {string.Join(' ', arguments)} failed: {run}");
        }
    });
}

/// <summary>What one run of the tool printed, and its exit code.</summary>
public sealed record ToolRun(int ExitCode, string Output, string Error)
{
    public override string ToString() => $"exit {ExitCode}\n--- stdout\n{Output}\n--- stderr\n{Error}";
}
