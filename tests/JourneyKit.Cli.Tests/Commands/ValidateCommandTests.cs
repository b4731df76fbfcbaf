using System.Text.Json;
using JourneyKit.Cli.Tests.Support;

namespace JourneyKit.Cli.Tests.Commands;

public sealed class ValidateCommandTests(InstalledTool tool) : IDisposable
{
    private readonly Workspace _files = new();

    public void Dispose() => _files.Dispose();

    [Fact]
    public void Validate_MapWithWarnings_PrintsEachAtItsLineAndExitsClean()
    {
        _files.Write("maps/lunch.json", Workspace.Example("buy-lunch-in-the-canteen.json"));

        var run = tool.Run(_files.Path, "validate", "maps/lunch.json", "--today", "2026-11-22");

        run.ExitCode.Should().Be(0, run.ToString());
        run.Output.Should().Contain("maps/lunch.json:").And.Contain(": warning JK1006: No step of stage 'Eat' (eat) uses a touchpoint")
            .And.EndWith("in 1 file\n");
        run.Output.Should().NotContain("\u001b[", "output redirected to a file or pipe has no colour");
        var line = run.Output.Split('\n').Single(l => l.Contains("JK1006", StringComparison.Ordinal));
        var lineNumber = int.Parse(line.Split(':')[1], System.Globalization.CultureInfo.InvariantCulture);
        _files.Read("maps/lunch.json").Split('\n')[lineNumber - 1].Should().Contain("\"id\": \"eat\"", "the finding points at the stage's id");
    }

    [Fact]
    public void Validate_FailOnWarning_ExitsWithOne()
    {
        _files.Write("lunch.json", Workspace.Example("buy-lunch-in-the-canteen.json"));

        tool.Run(_files.Path, "validate", "lunch.json", "--fail-on", "warning", "--today", "2026-11-22").ExitCode.Should().Be(1);
        tool.Run(_files.Path, "validate", "lunch.json", "--fail-on", "never", "--today", "2026-11-22").ExitCode.Should().Be(0);
    }

    [Fact]
    public void Validate_Glob_ChecksEveryMatchingFileInOrder()
    {
        _files.Write("maps/a/lunch.json", Workspace.Example("buy-lunch-in-the-canteen.json"));
        _files.Write("maps/b/lunch.json", Workspace.Example("buy-lunch-in-the-canteen.json"));
        _files.Write("maps/notes.txt", "not a map");

        var run = tool.Run(_files.Path, "validate", "maps/**/*.json", "--format", "json", "--today", "2026-11-22");

        run.ExitCode.Should().Be(0, run.ToString());
        using var json = JsonDocument.Parse(run.Output);
        json.RootElement.GetProperty("files").GetInt32().Should().Be(2);
        json.RootElement.GetProperty("findings").EnumerateArray().Select(f => f.GetProperty("file").GetString()).Distinct()
            .Should().Equal("maps/a/lunch.json", "maps/b/lunch.json");
    }

    [Fact]
    public void Validate_Json_GivesEveryFindingWithItsPlace()
    {
        _files.Write("lunch.json", Workspace.Example("buy-lunch-in-the-canteen.json"));

        var run = tool.Run(_files.Path, "validate", "lunch.json", "--format", "json", "--today", "2026-11-22");

        using var json = JsonDocument.Parse(run.Output);
        var finding = json.RootElement.GetProperty("findings").EnumerateArray().First(f => f.GetProperty("rule").GetString() == "JK1006");
        finding.GetProperty("severity").GetString().Should().Be("warning");
        finding.GetProperty("path").GetString().Should().Be("/stages/eat");
        finding.GetProperty("line").GetInt32().Should().BeGreaterThan(1);
        json.RootElement.GetProperty("warnings").GetInt32().Should().Be(json.RootElement.GetProperty("findings").EnumerateArray().Count(f => f.GetProperty("severity").GetString() == "warning"));
    }

    [Fact]
    public void Validate_GitHub_WritesAnnotationsWithFileLineAndColumn()
    {
        _files.Write("lunch.json", Workspace.Example("buy-lunch-in-the-canteen.json"));

        var run = tool.Run(_files.Path, "validate", "lunch.json", "--format", "github", "--today", "2026-11-22");

        run.Output.Split('\n').Should().Contain(l => l.StartsWith("::warning file=lunch.json,line=", StringComparison.Ordinal) && l.Contains(",title=JK1006 Stage has no touchpoint::", StringComparison.Ordinal));
        run.Output.Split('\n').Where(l => l.Length > 0).Should().OnlyContain(l => l.StartsWith("::", StringComparison.Ordinal));
    }

    [Fact]
    public void Validate_Quiet_PrintsOnlyErrors()
    {
        _files.Write("lunch.json", Workspace.Example("buy-lunch-in-the-canteen.json"));

        tool.Run(_files.Path, "validate", "lunch.json", "--quiet", "--today", "2026-11-22").Output.Should().BeEmpty();
    }

    [Fact]
    public void Validate_MissingFile_ExitsWithTwoNamingIt()
    {
        var run = tool.Run(_files.Path, "validate", "maps/none.json");

        run.ExitCode.Should().Be(2);
        run.Error.Should().StartWith("maps/none.json: no such file");
    }

    [Fact]
    public void Validate_GlobMatchingNothing_ExitsWithTwo() =>
        tool.Run(_files.Path, "validate", "maps/**/*.json").Should().Match<ToolRun>(r => r.ExitCode == 2 && r.Error.Contains("maps/**/*.json: no file matches", StringComparison.Ordinal));

    [Fact]
    public void Validate_BrokenJson_ExitsWithTwoNamingFileLineAndColumn()
    {
        _files.Write("broken.json", "{\n  \"schemaVersion\": 1,\n  \"title\": 42\n}\n");

        var run = tool.Run(_files.Path, "validate", "broken.json");

        run.ExitCode.Should().Be(2);
        run.Error.Should().StartWith("broken.json:3:12: error: ").And.Contain("$.title");
    }

    [Fact]
    public void Validate_UnknownFormat_ExitsWithTwoAndSaysHowToGetHelp()
    {
        var run = tool.Run(_files.Path, "validate", "x.json", "--format", "xml");

        run.ExitCode.Should().Be(2);
        run.Error.Should().Contain("--format takes text, json, sarif, github, not \"xml\".").And.Contain("journeykit validate --help");
    }
}
