using JourneyKit.Cli.Tests.Support;
using JourneyKit.Serialization.Json;

namespace JourneyKit.Cli.Tests.Commands;

public sealed class OtherCommandsTests(InstalledTool tool) : IDisposable
{
    private readonly Workspace _files = new();

    public void Dispose() => _files.Dispose();

    private static string Lunch => Workspace.Example("buy-lunch-in-the-canteen.json");

    [Fact]
    public void Convert_ToMermaid_WritesTheDiagramAndListsWhatItCannotCarry()
    {
        _files.Write("lunch.json", Lunch);

        var run = tool.Run(_files.Path, "convert", "lunch.json", "lunch.mmd");

        run.ExitCode.Should().Be(0, run.ToString());
        _files.Read("lunch.mmd").Should().StartWith("journey");
        run.Error.Should().Contain("warning: ").And.Contain("pain points are not shown").And.EndWith("wrote lunch.mmd (mermaid)\n");
    }

    [Fact]
    public void Convert_MermaidBackToJson_ReadsTheDiagram()
    {
        _files.Write("lunch.json", Lunch);
        tool.Run(_files.Path, "convert", "lunch.json", "lunch.mmd");

        var run = tool.Run(_files.Path, "convert", "lunch.mmd", "-", "--to", "json");

        run.ExitCode.Should().Be(0, run.ToString());
        JourneyMapJson.Default.Deserialize(run.Output).Title.Should().Be("Buy lunch in the canteen");
    }

    [Fact]
    public void Convert_UnknownFormat_ExitsWithTwo() =>
        tool.Run(_files.Path, "convert", "x.json", "-", "--to", "pdf").ExitCode.Should().Be(2);

    [Fact]
    public void Render_OneMapAndTwoRevisions_WritesPictureAndVisualDiff()
    {
        _files.Write("lunch.json", Lunch);

        tool.Run(_files.Path, "render", "lunch.json", "-o", "lunch.svg").ExitCode.Should().Be(0);
        tool.Run(_files.Path, "render", "lunch.json", "lunch.json", "-o", "changes.html").ExitCode.Should().Be(0);

        _files.Read("lunch.svg").Should().StartWith("<svg");
        _files.Read("changes.html").Should().StartWith("<!DOCTYPE html>");
    }

    [Fact]
    public void Merge_EditsThatConflict_ListsThemAndExitsWithOne()
    {
        _files.Write("base.json", Lunch);
        _files.Write("ours.json", Lunch.Replace("\"Pay quickly\"", "\"Pay by card\"", StringComparison.Ordinal));
        _files.Write("theirs.json", Lunch.Replace("\"Pay quickly\"", "\"Pay in seconds\"", StringComparison.Ordinal));

        var run = tool.Run(_files.Path, "merge", "base.json", "ours.json", "theirs.json", "-o", "merged.json");

        run.ExitCode.Should().Be(1, run.ToString());
        run.Error.Should().StartWith("conflict PropertyChangedDifferently at /stages/pay/goal: ").And.Contain("1 conflict left: nothing written");
        _files.Exists("merged.json").Should().BeFalse();
    }

    [Fact]
    public void Merge_PreferOurs_WritesTheMergedMap()
    {
        _files.Write("base.json", Lunch);
        _files.Write("ours.json", Lunch.Replace("\"Pay quickly\"", "\"Pay by card\"", StringComparison.Ordinal));
        _files.Write("theirs.json", Lunch.Replace("\"Pay quickly\"", "\"Pay in seconds\"", StringComparison.Ordinal));

        var run = tool.Run(_files.Path, "merge", "base.json", "ours.json", "theirs.json", "--prefer", "ours", "-o", "merged.json");

        run.ExitCode.Should().Be(0, run.ToString());
        JourneyMapJson.Default.Deserialize(_files.Read("merged.json")).FindStage("pay")!.Goal.Should().Be("Pay by card");
    }

    [Fact]
    public void Schema_PrintsTheMapFormatsSchema() =>
        tool.Run(_files.Path, "schema").Output.TrimEnd().Should().Be(JourneyMapJson.Schema.TrimEnd());

    [Fact]
    public void Init_EmptyFolder_WritesAStarterThatValidatesWithoutWarnings()
    {
        var init = tool.Run(_files.Path, "init");

        init.ExitCode.Should().Be(0, init.ToString());
        var validate = tool.Run(_files.Path, "validate", "journey.json", "--fail-on", "warning");
        validate.ExitCode.Should().Be(0, validate.ToString());
    }

    [Fact]
    public void Init_FilesThere_RefusesUnlessForced()
    {
        tool.Run(_files.Path, "init");

        var again = tool.Run(_files.Path, "init");

        again.ExitCode.Should().Be(2);
        again.Error.Should().Contain("already there; nothing written. Use --force to overwrite.");
        tool.Run(_files.Path, "init", "--force").ExitCode.Should().Be(0);
    }

    [Fact]
    public void Completion_Bash_CallsTheSuggestDirective() =>
        tool.Run(_files.Path, "completion", "bash").Output.Should().Contain("journeykit \"[suggest:${COMP_POINT}]\" \"${COMP_LINE}\"");

    [Fact]
    public void SuggestDirective_PartialCommand_CompletesIt() =>
        tool.Run(_files.Path, "[suggest:12]", "journeykit v").Output.Split('\n').Should().Contain("validate");

    [Theory]
    [InlineData("validate")]
    [InlineData("diff")]
    [InlineData("gate")]
    [InlineData("convert")]
    [InlineData("render")]
    [InlineData("merge")]
    [InlineData("schema")]
    [InlineData("init")]
    [InlineData("completion")]
    public void Help_EveryCommand_ShowsUsageAndExamples(string command)
    {
        var run = tool.Run(_files.Path, command, "--help");

        run.ExitCode.Should().Be(0);
        run.Output.Should().Contain("Usage:").And.Contain("Examples:\n  journeykit " + command);
    }

    [Fact]
    public void UnknownCommand_ExitsWithTwo() => tool.Run(_files.Path, "publish").ExitCode.Should().Be(2);

    [Fact]
    public void Verbose_Validate_SaysWhatItReadOnStandardError()
    {
        _files.Write("lunch.json", Lunch);

        var run = tool.Run(_files.Path, "validate", "lunch.json", "--verbose");

        run.Error.Should().Contain("no .journeykit.json found from").And.Contain("lunch.json: Journey map 'Buy lunch in the canteen' (3 stages, 4 steps)");
    }

    [Fact]
    public void Render_FormatOption_WinsOverTheMissingExtension()
    {
        _files.Write("lunch.json", Lunch);

        tool.Run(_files.Path, "render", "lunch.json", "--format", "html").Output.Should().StartWith("<!DOCTYPE html>");
    }

    [Fact]
    public void Render_LanguageBulgarian_WritesThePictureInBulgarian()
    {
        _files.Write("lunch.json", Lunch);

        var run = tool.Run(_files.Path, "render", "lunch.json", "-o", "lunch.svg", "--language", "bg");

        run.ExitCode.Should().Be(0, run.ToString());
        _files.Read("lunch.svg").Should().Contain("Болезнени точки").And.NotContain(">Pain points<");
    }

    [Fact]
    public void Convert_ToMarkdownInGerman_WritesTheViewInGerman()
    {
        _files.Write("lunch.json", Lunch);

        var run = tool.Run(_files.Path, "convert", "lunch.json", "-", "--to", "markdown", "--language", "de");

        run.ExitCode.Should().Be(0, run.ToString());
        run.Output.Should().Contain("Schmerzpunkte");
    }

    [Fact]
    public void Merge_LanguageGerman_ListsTheConflictsInGerman()
    {
        _files.Write("base.json", Lunch);
        _files.Write("ours.json", Lunch.Replace("\"Pay quickly\"", "\"Pay by card\"", StringComparison.Ordinal));
        _files.Write("theirs.json", Lunch.Replace("\"Pay quickly\"", "\"Pay in seconds\"", StringComparison.Ordinal));

        var english = tool.Run(_files.Path, "merge", "base.json", "ours.json", "theirs.json");
        var german = tool.Run(_files.Path, "merge", "base.json", "ours.json", "theirs.json", "--language", "de");

        german.ExitCode.Should().Be(1, german.ToString());
        german.Error.Should().NotBe(english.Error).And.StartWith("conflict PropertyChangedDifferently at /stages/pay/goal: Auf beiden Seiten unterschiedlich geändert: bei uns ");
    }
}
