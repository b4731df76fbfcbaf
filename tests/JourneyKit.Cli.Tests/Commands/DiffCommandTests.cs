using JourneyKit.Cli.Tests.Support;
using JourneyKit.Serialization.Json;

namespace JourneyKit.Cli.Tests.Commands;

public sealed class DiffCommandTests(InstalledTool tool) : IDisposable
{
    private readonly Workspace _files = new();

    public void Dispose() => _files.Dispose();

    private static string Lunch => Workspace.Example("buy-lunch-in-the-canteen.json");

    /// <summary>The lunch map with the payment step feeling better and its critical pain point gone.</summary>
    private static string BetterLunch => Lunch
        .Replace("\"score\": -1,\n              \"label\": \"annoyed\"", "\"score\": 1,\n              \"label\": \"relieved\"", StringComparison.Ordinal);

    [Fact]
    public void Diff_TwoFiles_PrintsTheChangelog()
    {
        _files.Write("before.json", Lunch);
        _files.Write("after.json", BetterLunch);

        var run = tool.Run(_files.Path, "diff", "before.json", "after.json");

        run.ExitCode.Should().Be(0, run.ToString());
        run.Output.Should().Contain("Pays").And.Contain("-1 (annoyed)").And.Contain("+1 (relieved)");
    }

    [Fact]
    public void Diff_Markdown_IsTheSummarysMarkdown()
    {
        _files.Write("before.json", Lunch);
        _files.Write("after.json", BetterLunch);

        var run = tool.Run(_files.Path, "diff", "before.json", "after.json", "--format", "markdown");

        run.Output.Should().StartWith("# Changes to").And.Contain("## Changes\n\n### Stage “Pay”");
    }

    [Fact]
    public void Diff_Json_ReadsBackAsTheDiffThatTurnsOneRevisionIntoTheOther()
    {
        _files.Write("before.json", Lunch);
        _files.Write("after.json", BetterLunch);

        var run = tool.Run(_files.Path, "diff", "before.json", "after.json", "--format", "json", "-o", "changes.json");

        run.ExitCode.Should().Be(0, run.ToString());
        var diff = JourneyDiffJson.Default.Deserialize(_files.Read("changes.json"));
        var before = JourneyMapJson.Default.Deserialize(Lunch);
        Diffing.JourneyDiff.Apply(before, diff).Should().Be(JourneyMapJson.Default.Deserialize(BetterLunch));
    }

    [Fact]
    public void Diff_Html_IsAPageWithTheVisualDiff()
    {
        _files.Write("before.json", Lunch);
        _files.Write("after.json", BetterLunch);

        tool.Run(_files.Path, "diff", "before.json", "after.json", "--format", "html").Output.Should().StartWith("<!DOCTYPE html>").And.Contain("<svg");
    }

    [Fact]
    public void Diff_GitHub_AppendsTheMarkdownToTheJobSummary()
    {
        _files.Write("before.json", Lunch);
        _files.Write("after.json", BetterLunch);
        var summary = _files.Write("summary.md", "# Earlier step\n");

        var run = tool.Run(_files.Path, new Dictionary<string, string?> { ["GITHUB_STEP_SUMMARY"] = summary }, "diff", "before.json", "after.json", "--format", "github");

        run.ExitCode.Should().Be(0, run.ToString());
        File.ReadAllText(summary).Should().StartWith("# Earlier step\n# Changes to");
    }

    [Fact]
    public void Diff_BaseFromAGitRevision_ReadsItThroughGit()
    {
        _files.Git("init", "-q", "-b", "main");
        _files.Write("maps/lunch.json", Lunch);
        _files.Git("add", ".");
        _files.Git("commit", "-q", "-m", "First revision");
        _files.Write("maps/lunch.json", BetterLunch);

        var run = tool.Run(_files.Path, "diff", "HEAD:maps/lunch.json", "maps/lunch.json");

        run.ExitCode.Should().Be(0, run.ToString());
        run.Output.Should().Contain("+1 (relieved)");
    }

    [Fact]
    public void Diff_UnknownGitRevision_ExitsWithTwoAndGitsReason()
    {
        _files.Git("init", "-q", "-b", "main");
        _files.Write("lunch.json", Lunch);

        var run = tool.Run(_files.Path, "diff", "nosuchbranch:lunch.json", "lunch.json");

        run.ExitCode.Should().Be(2);
        run.Error.Should().StartWith("nosuchbranch:lunch.json: git could not read it: ");
    }

    [Fact]
    public void Diff_LanguageChinese_PrintsTheChangelogInChinese()
    {
        _files.Write("before.json", Lunch);
        _files.Write("after.json", BetterLunch);

        var run = tool.Run(_files.Path, "diff", "before.json", "after.json", "--language", "zh-Hans", "--format", "markdown");

        run.ExitCode.Should().Be(0, run.ToString());
        run.Output.Should().StartWith("# ").And.Contain("的变更").And.Contain("## 变更").And.NotContain("## Changes");
    }
}
