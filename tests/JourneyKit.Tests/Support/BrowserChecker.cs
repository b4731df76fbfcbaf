using System.Text.Json;

namespace JourneyKit.Tests.Support;

/// <summary>
/// Opens files in Debian's headless Chromium through tools/browser-check (playwright-core), which its install script sets
/// up, and reports what happened: requests, errors, dialogs, whether a planted script ran, and the active content in the DOM.
/// </summary>
public static class BrowserChecker
{
    private static readonly Lazy<(string? Folder, string? Why)> Installed = new(() =>
    {
        var folder = Repository.File("tools", "browser-check");
        try
        {
            NodeTool.Run("bash", folder, ["install.sh"]);
            return File.Exists("/usr/bin/chromium") || Environment.GetEnvironmentVariable("CHROMIUM") is not null
                ? (folder, null)
                : (null, "tools/browser-check/install.sh ran but /usr/bin/chromium is missing");
        }
        catch (InvalidOperationException ex)
        {
            return (null, "No browser for the rendering tests: " + ex.Message.Trim());
        }
    });

    /// <summary>Gets why the browser tests cannot run here, or <see langword="null"/> when they can (installing Chromium first if needed).</summary>
    public static string? WhyUnavailable => Installed.Value.Why;

    /// <summary>Gets the folder screenshots are saved in.</summary>
    public static string Screenshots { get; } = Repository.File("artifacts", "screenshots");

    public sealed record Visit(
        string File, IReadOnlyList<string> Requests, IReadOnlyList<string> Failed, IReadOnlyList<string> Errors, IReadOnlyList<string> Dialogs,
        string Root, bool ParseError, bool Pwned, IReadOnlyList<string> Active, IReadOnlyList<string> Handlers, string Text, int SvgWidth, int SvgHeight, string Screenshot);

    /// <summary>Saves each document under its name in a fresh folder, opens them all in Chromium, and returns what happened.</summary>
    public static IReadOnlyList<Visit> Open(IReadOnlyList<(string Name, string Content)> documents)
    {
        var folder = Installed.Value.Folder ?? throw new InvalidOperationException(WhyUnavailable);
        Directory.CreateDirectory(Screenshots);
        var directory = Directory.CreateTempSubdirectory("journeykit-browser-");
        try
        {
            var files = documents.Select(d =>
            {
                var path = Path.Combine(directory.FullName, d.Name);
                File.WriteAllText(path, d.Content);
                return path;
            }).ToList();
            var output = NodeTool.Run("node", folder, ["check.mjs", Screenshots, .. files]);
            var visits = new Dictionary<string, Visit>();
            static string[] Strings(JsonElement e) => [.. e.EnumerateArray().Select(s => s.GetString()!)];
            foreach (var line in output.Split('\n', StringSplitOptions.RemoveEmptyEntries))
            {
                using var json = JsonDocument.Parse(line);
                var r = json.RootElement;
                visits[r.GetProperty("file").GetString()!] = new Visit(
                    r.GetProperty("file").GetString()!, Strings(r.GetProperty("requests")), Strings(r.GetProperty("failed")), Strings(r.GetProperty("errors")),
                    Strings(r.GetProperty("dialogs")), r.GetProperty("root").GetString()!, r.GetProperty("parseError").GetBoolean(), r.GetProperty("pwned").GetBoolean(),
                    Strings(r.GetProperty("active")), Strings(r.GetProperty("handlers")), r.GetProperty("text").GetString()!,
                    r.GetProperty("svgWidth").GetInt32(), r.GetProperty("svgHeight").GetInt32(), r.GetProperty("screenshot").GetString()!);
            }

            return [.. files.Select(f => visits[f])];
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }
}

/// <summary>A test that needs Chromium: skipped, saying why, when tools/browser-check/install.sh cannot provide it.</summary>
public sealed class BrowserFactAttribute : FactAttribute
{
    public BrowserFactAttribute()
    {
        if (BrowserChecker.WhyUnavailable is { } why)
        {
            Skip = why;
        }
    }
}
