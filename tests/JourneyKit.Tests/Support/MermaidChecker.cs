using System.Text.Json;

namespace JourneyKit.Tests.Support;

/// <summary>
/// Parses Mermaid text with the real Mermaid 11 parser from npm: the checker in tools/mermaid-check, whose packages its
/// install script puts in place on first use.
/// </summary>
public static class MermaidChecker
{
    public sealed record Reading(bool Valid, string? Error, string? Title, IReadOnlyList<string> Sections, IReadOnlyList<(string Section, string Task, int Score, IReadOnlyList<string> People)> Tasks);

    /// <summary>Parses each text; returns what Mermaid read, in the same order.</summary>
    public static IReadOnlyList<Reading> Parse(IReadOnlyList<string> diagrams) =>
        [.. NodeTool.CheckFiles("mermaid-check", diagrams, ".mmd").Select(root => new Reading(
            root.GetProperty("valid").GetBoolean(),
            root.GetProperty("error").GetString(),
            root.TryGetProperty("title", out var title) ? title.GetString() : null,
            [.. root.GetProperty("sections").EnumerateArray().Select(s => s.GetString()!)],
            [.. root.GetProperty("tasks").EnumerateArray().Select(t => (
                t.GetProperty("section").GetString()!,
                t.GetProperty("task").GetString()!,
                t.GetProperty("score").ValueKind == JsonValueKind.Number ? t.GetProperty("score").GetInt32() : -1,
                (IReadOnlyList<string>)[.. t.GetProperty("people").EnumerateArray().Select(p => p.GetString()!)]))]))];
}
