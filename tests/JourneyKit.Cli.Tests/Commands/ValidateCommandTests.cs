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

    [Fact]
    public void Validate_LanguageGerman_PrintsGermanMessagesAndRuleTitles()
    {
        _files.Write("lunch.json", Workspace.Example("buy-lunch-in-the-canteen.json"));

        var text = tool.Run(_files.Path, "validate", "lunch.json", "--today", "2026-11-22", "--language", "de");
        var github = tool.Run(_files.Path, "validate", "lunch.json", "--today", "2026-11-22", "--language", "de", "--format", "github");

        text.ExitCode.Should().Be(0, text.ToString());
        text.Output.Should().Contain(": warning JK1006: Kein Schritt der Phase 'Eat' (eat) nutzt einen Berührungspunkt");
        github.Output.Should().Contain(",title=JK1006 Phase hat keinen Berührungspunkt::Kein Schritt der Phase 'Eat' (eat)");
    }

    [Fact]
    public void Validate_MapInNorwegian_PrintsNorwegianWithoutTheOption()
    {
        _files.Write("lunch.json", WithLanguage(Workspace.Example("buy-lunch-in-the-canteen.json"), "nb"));

        var run = tool.Run(_files.Path, "validate", "lunch.json", "--today", "2026-11-22");

        run.ExitCode.Should().Be(0, run.ToString());
        run.Output.Should().Contain(": warning JK1006: Ingen steg i fasen 'Eat' (eat) bruker et berøringspunkt");
    }

    [Fact]
    public void Validate_OptionAndMapLanguage_TheOptionWins()
    {
        _files.Write("lunch.json", WithLanguage(Workspace.Example("buy-lunch-in-the-canteen.json"), "nb"));

        var run = tool.Run(_files.Path, "validate", "lunch.json", "--today", "2026-11-22", "--language", "de-AT");

        run.Output.Should().Contain(": warning JK1006: Kein Schritt der Phase 'Eat' (eat)", run.ToString()).And.NotContain("berøringspunkt");
    }

    [Fact]
    public void Validate_SarifInGerman_KeepsRuleMetadataStableAndLocalisesMessages()
    {
        _files.Write("lunch.json", Workspace.Example("buy-lunch-in-the-canteen.json"));

        var run = tool.Run(_files.Path, "validate", "lunch.json", "--today", "2026-11-22", "--language", "de", "--format", "sarif");

        using var sarif = JsonDocument.Parse(run.Output);
        var sarifRun = sarif.RootElement.GetProperty("runs")[0];
        var rule = sarifRun.GetProperty("tool").GetProperty("driver").GetProperty("rules").EnumerateArray().Single(r => r.GetProperty("id").GetString() == "JK1006");
        rule.GetProperty("name").GetString().Should().Be("StageHasNoTouchpoint");
        rule.GetProperty("shortDescription").GetProperty("text").GetString().Should().Be("Stage has no touchpoint");
        sarifRun.GetProperty("results").EnumerateArray().Single(r => r.GetProperty("ruleId").GetString() == "JK1006")
            .GetProperty("message").GetProperty("text").GetString().Should().StartWith("Kein Schritt der Phase 'Eat' (eat)");
    }

    [Theory]
    [InlineData("fr")]
    [InlineData("zh-Hant")]
    [InlineData("")]
    public void Validate_LanguageNotBuiltIn_ExitsWithTwoListingTheLanguages(string tag)
    {
        var run = tool.Run(_files.Path, "validate", "x.json", "--language", tag);

        run.ExitCode.Should().Be(2);
        run.Error.Should().Contain($"--language takes a built-in language: en, de, zh-Hans, bg, nb; not \"{tag}\".").And.Contain("journeykit validate --help");
    }

    /// <summary>A map's JSON with its language set, after its title.</summary>
    private static string WithLanguage(string json, string tag) =>
        json.Replace("\"title\": \"Buy lunch in the canteen\",", $"\"title\": \"Buy lunch in the canteen\",\n  \"language\": \"{tag}\",", StringComparison.Ordinal);
}
