using System.Diagnostics;

namespace JourneyKit.Tests.Support;

/// <summary>Runs the repository's Node.js tools (under tools/), which install their own npm packages on first use.</summary>
public static class NodeTool
{
    public static string Run(string program, string folder, IEnumerable<string> arguments)
    {
        var start = new ProcessStartInfo(program) { WorkingDirectory = folder, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        Process process;
        try
        {
            process = Process.Start(start)!;
        }
        catch (System.ComponentModel.Win32Exception ex)
        {
            throw new InvalidOperationException($"'{program}' is needed to run the npm tools the tests check output with; install Node.js 20 or later.", ex);
        }

        using (process)
        {
            var stderr = process.StandardError.ReadToEndAsync();
            var stdout = process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            if (process.ExitCode != 0)
            {
                throw new InvalidOperationException($"'{program} {string.Join(' ', arguments)}' failed with exit code {process.ExitCode}: {stderr.Result}");
            }

            return stdout;
        }
    }
}
