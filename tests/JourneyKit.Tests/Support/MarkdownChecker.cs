using System.Text.Json;

namespace JourneyKit.Tests.Support;

/// <summary>Parses Markdown as GitHub-flavoured Markdown with micromark (tools/markdown-check) and returns what a reader sees.</summary>
public static class MarkdownChecker
{
    public sealed record Reading(
        IReadOnlyList<(int Depth, string Text)> Headings, IReadOnlyList<IReadOnlyList<IReadOnlyList<string>>> Tables,
        IReadOnlyList<(string? Lang, string Value)> Code, IReadOnlyList<string> Active, IReadOnlyList<string> Paragraphs, IReadOnlyList<string> Lists);

    public static IReadOnlyList<Reading> Parse(IReadOnlyList<string> documents)
    {
        static string[] Strings(JsonElement e) => [.. e.EnumerateArray().Select(s => s.GetString()!)];
        return [.. NodeTool.CheckFiles("markdown-check", documents, ".md").Select(r => new Reading(
            [.. r.GetProperty("headings").EnumerateArray().Select(h => (h.GetProperty("depth").GetInt32(), h.GetProperty("text").GetString()!))],
            [.. r.GetProperty("tables").EnumerateArray().Select(t => (IReadOnlyList<IReadOnlyList<string>>)[.. t.EnumerateArray().Select(row => (IReadOnlyList<string>)Strings(row))])],
            [.. r.GetProperty("code").EnumerateArray().Select(c => (c.GetProperty("lang").GetString(), c.GetProperty("value").GetString()!))],
            Strings(r.GetProperty("active")), Strings(r.GetProperty("paragraphs")), Strings(r.GetProperty("lists"))))];
    }
}
