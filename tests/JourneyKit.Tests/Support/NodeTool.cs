using System.Diagnostics;

namespace JourneyKit.Tests.Support;

/// <summary>Runs the repository's Node.js tools (under tools/), which install their own npm packages on first use.</summary>
public static class NodeTool
{
    public static string Run(string program, string folder, IEnumerable<string> arguments)
    {
        if (Environment.GetEnvironmentVariable("JOURNEYKIT_SKIP_NODE_CHECKS") is { Length: > 0 } why)
        {
            Assert.Skip($"JOURNEYKIT_SKIP_NODE_CHECKS is set: {why}");
        }

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

    /// <summary>
    /// Installs an npm tool under tools/ once (its install.sh), saves each text as a file, runs the tool's check.mjs over them
    /// all, and returns the JSON line it printed for each file, in the order of the texts.
    /// </summary>
    public static IReadOnlyList<System.Text.Json.JsonElement> CheckFiles(string tool, IReadOnlyList<string> texts, string extension) =>
        CheckFiles(tool, [.. texts.Select((text, i) => ($"{i}{extension}", text))], []);

    /// <summary>The same, with each file's name given, and arguments that go before the files.</summary>
    public static IReadOnlyList<System.Text.Json.JsonElement> CheckFiles(string tool, IReadOnlyList<(string Name, string Text)> files, IReadOnlyList<string> arguments)
    {
        var folder = Installed.GetOrAdd(tool, t =>
        {
            var path = Repository.File("tools", t);
            Run("bash", path, ["install.sh"]);
            return path;
        });
        var directory = Directory.CreateTempSubdirectory($"journeykit-{tool}-");
        try
        {
            var paths = files.Select(file =>
            {
                var path = Path.Combine(directory.FullName, file.Name);
                File.WriteAllText(path, file.Text);
                return path;
            }).ToList();
            var results = new Dictionary<string, System.Text.Json.JsonElement>();
            foreach (var line in Run("node", folder, ["check.mjs", .. arguments, .. paths]).Split('\n', StringSplitOptions.RemoveEmptyEntries))
            {
                using var json = System.Text.Json.JsonDocument.Parse(line);
                results[json.RootElement.GetProperty("file").GetString()!] = json.RootElement.Clone();
            }

            return [.. paths.Select(p => results[p])];
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, string> Installed = new();
}
