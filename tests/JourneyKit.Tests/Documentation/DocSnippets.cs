using System.Text.RegularExpressions;
using JourneyKit.Tests.Support;

namespace JourneyKit.Tests.Documentation;

/// <summary>Documentation code is code compiled in these tests: each <c>#region doc-NAME</c> must appear verbatim in a C# block of a document.</summary>
public static class DocSnippets
{
    /// <summary>Asserts that a region of a file in the Documentation folder of a test project is shown in a document.</summary>
    public static void AssertShownIn(string document, string sourceFile, string region, string project = "JourneyKit.Tests")
    {
        var source = File.ReadAllText(Repository.File("tests", project, "Documentation", sourceFile)).ReplaceLineEndings("\n");
        var match = Regex.Match(source, $@"#region {Regex.Escape(region)}\n(.*?)[ ]*#endregion", RegexOptions.Singleline);
        match.Success.Should().BeTrue($"{sourceFile} should hold #region {region}");
        var snippet = Dedent(match.Groups[1].Value);
        var text = File.ReadAllText(Repository.File(document)).ReplaceLineEndings("\n");

        text.Should().Contain(snippet, $"{document} must show the code of #region {region} in {sourceFile}, which the tests compile and run");
    }

    private static string Dedent(string block)
    {
        var lines = block.Split('\n').SkipLast(1).ToArray();
        var indent = lines.Where(l => l.Trim().Length > 0).Min(l => l.Length - l.TrimStart().Length);
        return string.Concat(lines.Select(l => (l.Length >= indent ? l[indent..] : l.Trim()) + "\n"));
    }
}
