using System.Diagnostics;
using JourneyKit.Tests.Support;

namespace JourneyKit.Samples.Web.Tests.Support;

/// <summary>
/// Runs tools/browser-check (Debian's chromium through playwright-core), installing it once with its install.sh, the
/// minimal form of tests/JourneyKit.Tests/Support/NodeTool.cs and BrowserChecker.cs.
/// </summary>
public static class Chromium
{
    private static readonly Lazy<string?> Unavailable = new(() =>
    {
        try
        {
            Run("bash", ["install.sh"]);
            return File.Exists("/usr/bin/chromium") || Environment.GetEnvironmentVariable("CHROMIUM") is not null ? null : "tools/browser-check/install.sh ran but /usr/bin/chromium is missing";
        }
        catch (InvalidOperationException ex)
        {
            return "No browser for the browser tests: " + ex.Message.Trim();
        }
    });

    /// <summary>Skips the test, with the install script's reason, where Chromium cannot be installed.</summary>
    public static void Required()
    {
        if (Environment.GetEnvironmentVariable("JOURNEYKIT_SKIP_NODE_CHECKS") is { Length: > 0 } skip)
        {
            Assert.Skip($"JOURNEYKIT_SKIP_NODE_CHECKS is set: {skip}");
        }

        if (Unavailable.Value is { } why)
        {
            Assert.Skip(why);
        }
    }

    /// <summary>Runs a program in tools/browser-check and returns what it printed.</summary>
    public static string Run(string program, IEnumerable<string> arguments)
    {
        var start = new ProcessStartInfo(program) { WorkingDirectory = Repository.File("tools", "browser-check"), RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"'{program}' did not start.");
        var stderr = process.StandardError.ReadToEndAsync();
        var stdout = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return process.ExitCode == 0 ? stdout : throw new InvalidOperationException($"'{program} {string.Join(' ', start.ArgumentList)}' failed with exit code {process.ExitCode}: {stderr.Result}");
    }
}
