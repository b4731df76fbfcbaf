using System.Text.Json;

namespace JourneyKit.Tests.Support;

/// <summary>
/// Parses Mermaid text with the real Mermaid 11 parser from npm: the checker in tools/mermaid-check, whose packages its
/// install script puts in place on first use.
/// </summary>
public static class MermaidChecker
{
    private static readonly Lazy<string> Installed = new(() =>
    {
        var folder = Repository.File("tools", "mermaid-check");
        NodeTool.Run("bash", folder, ["install.sh"]);
        return folder;
    });

    /// <summary>What Mermaid read from one diagram.</summary>
    public sealed record Reading(bool Valid, string? Error, string? Title, IReadOnlyList<string> Sections, IReadOnlyList<(string Section, string Task, int Score, IReadOnlyList<string> People)> Tasks);

    /// <summary>Parses each text; returns what Mermaid read, in the same order.</summary>
    public static IReadOnlyList<Reading> Parse(IReadOnlyList<string> diagrams)
    {
        var folder = Installed.Value;
        var directory = Directory.CreateTempSubdirectory("journeykit-mermaid-");
        try
        {
            var files = diagrams.Select((text, i) =>
            {
                var path = Path.Combine(directory.FullName, $"{i}.mmd");
                File.WriteAllText(path, text);
                return path;
            }).ToList();
            var output = NodeTool.Run("node", folder, ["check.mjs", .. files]);
            var readings = new Dictionary<string, Reading>();
            foreach (var line in output.Split('\n', StringSplitOptions.RemoveEmptyEntries))
            {
                using var result = JsonDocument.Parse(line);
                var root = result.RootElement;
                readings[root.GetProperty("file").GetString()!] = new Reading(
                    root.GetProperty("valid").GetBoolean(),
                    root.GetProperty("error").GetString(),
                    root.TryGetProperty("title", out var title) ? title.GetString() : null,
                    [.. root.GetProperty("sections").EnumerateArray().Select(s => s.GetString()!)],
                    [.. root.GetProperty("tasks").EnumerateArray().Select(t => (
                        t.GetProperty("section").GetString()!,
                        t.GetProperty("task").GetString()!,
                        t.GetProperty("score").ValueKind == JsonValueKind.Number ? t.GetProperty("score").GetInt32() : -1,
                        (IReadOnlyList<string>)[.. t.GetProperty("people").EnumerateArray().Select(p => p.GetString()!)]))]);
            }

            return [.. files.Select(f => readings[f])];
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }
}
