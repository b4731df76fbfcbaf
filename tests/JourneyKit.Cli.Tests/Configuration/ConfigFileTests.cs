using JourneyKit.Cli.Tests.Support;

namespace JourneyKit.Cli.Tests.Configuration;

public sealed class ConfigFileTests(InstalledTool tool) : IDisposable
{
    private readonly Workspace _files = new();

    public void Dispose() => _files.Dispose();

    [Fact]
    public void Config_InAParentFolder_AppliesItsRulesAndSuppressions()
    {
        _files.Write(".journeykit.json", """
            {
              "rules": { "JK1009": "off", "JK1028": "off", "JK1007": "off" },
              "suppressions": [ { "rule": "JK1006", "element": "eat", "justification": "Eating happens at the table." } ],
              "commands": { "validate": { "format": "json", "failOn": "info" } }
            }
            """);
        _files.Write("maps/lunch.json", Workspace.Example("buy-lunch-in-the-canteen.json"));

        var run = tool.Run(Path.Combine(_files.Path, "maps"), "validate", "lunch.json", "--today", "2026-11-22");

        run.ExitCode.Should().Be(0, run.ToString());
        run.Output.Should().Contain("\"findings\": []");
    }

    [Fact]
    public void Config_UnknownSetting_ExitsWithTwoNamingTheFileAndMember()
    {
        _files.Write(".journeykit.json", """{ "gate": { "emotionDrops": 3 } }""");

        var run = tool.Run(_files.Path, "validate", "x.json");

        run.ExitCode.Should().Be(2);
        run.Error.Should().Be(".journeykit.json: error at $.gate.emotionDrops: unknown setting; the settings here are painPointSeverity, emotionDrop, severities.\n");
    }

    [Fact]
    public void Config_UnknownRule_ExitsWithTwoListingTheRules()
    {
        _files.Write(".journeykit.json", """{ "rules": { "JK9999": "off" } }""");

        tool.Run(_files.Path, "validate", "x.json").Error.Should().StartWith(".journeykit.json: error at $.rules.JK9999: no rule has the id JK9999; the rules are JK1001, JK1002");
    }

    [Fact]
    public void Config_SuppressionWithoutJustification_ExitsWithTwo()
    {
        _files.Write(".journeykit.json", """{ "suppressions": [ { "rule": "JK1006", "element": "eat" } ] }""");

        tool.Run(_files.Path, "validate", "x.json").Error.Should().Contain("error at $.suppressions[0]: a suppression needs a rule, an element and a justification");
    }

    [Fact]
    public void Config_BrokenJson_ExitsWithTwoNamingLineAndColumn()
    {
        _files.Write(".journeykit.json", "{\n  \"rules\": {\n}\n");

        var run = tool.Run(_files.Path, "validate", "x.json");

        run.ExitCode.Should().Be(2);
        run.Error.Should().StartWith(".journeykit.json:4:1: error: not valid JSON");
    }

    [Fact]
    public void Config_ExplicitPathThatDoesNotExist_ExitsWithTwo() =>
        tool.Run(_files.Path, "validate", "x.json", "--config", "none.json").Error.Should().Be("none.json: no such configuration file.\n");

    [Fact]
    public void Config_SuppressionOfAnUnknownRule_ExitsWithTwoListingTheRules()
    {
        _files.Write(".journeykit.json", """{ "suppressions": [ { "rule": "JK1999", "element": "eat", "justification": "Why not." } ] }""");

        var run = tool.Run(_files.Path, "validate", "x.json");

        run.ExitCode.Should().Be(2);
        run.Error.Should().StartWith(".journeykit.json: error at $.suppressions[0]: The rule set has no rule 'JK1999'.");
    }

    [Fact]
    public void Config_NotUtf8_ExitsWithTwo()
    {
        File.WriteAllBytes(Path.Combine(_files.Path, ".journeykit.json"), [(byte)'{', (byte)'"', 0xC3, 0x28, (byte)'"', (byte)':', (byte)'1', (byte)'}']);

        tool.Run(_files.Path, "validate", "x.json").Error.Should().Be(".journeykit.json: error: the file is not valid UTF-8 text.\n");
    }

    [Fact]
    public void Config_FormatACommandDoesNotWrite_ExitsWithTwoWhicheverCommandRuns()
    {
        _files.Write(".journeykit.json", """{ "commands": { "diff": { "format": "sarif" } } }""");

        tool.Run(_files.Path, "validate", "x.json").Error.Should().Be(
            ".journeykit.json: error at $.commands.diff.format: \"sarif\" is not one of text, markdown, html, json, github.\n");
    }

    [Fact]
    public void Config_FailOnForDiff_IsAnUnknownSetting()
    {
        _files.Write(".journeykit.json", """{ "commands": { "diff": { "failOn": "error" } } }""");

        tool.Run(_files.Path, "validate", "x.json").Error.Should().Contain("error at $.commands.diff.failOn: unknown setting; the settings here are format, language.");
    }

    [Fact]
    public void Config_Broken_DoesNotStopCommandsThatTakeNoSettings()
    {
        _files.Write(".journeykit.json", "{ broken");

        var run = tool.Run(_files.Path, "init", "--force");

        run.ExitCode.Should().Be(0, run.ToString());
        _files.Read(".journeykit.json").Should().Contain("\"rules\"", "init writes a fresh configuration file over the broken one");
    }

    [Fact]
    public void Config_LanguageOfACommand_IsItsDefaultAndTheOptionWins()
    {
        _files.Write(".journeykit.json", """{ "commands": { "validate": { "language": "de" } } }""");
        _files.Write("lunch.json", Workspace.Example("buy-lunch-in-the-canteen.json"));

        var german = tool.Run(_files.Path, "validate", "lunch.json", "--today", "2026-11-22");
        var english = tool.Run(_files.Path, "validate", "lunch.json", "--today", "2026-11-22", "--language", "en");

        german.Output.Should().Contain("warning JK1006: Kein Schritt der Phase 'Eat' (eat) nutzt einen Berührungspunkt", german.ToString());
        english.Output.Should().Contain("warning JK1006: No step of stage 'Eat' (eat) uses a touchpoint", english.ToString());
    }

    [Fact]
    public void Config_LanguageNotBuiltIn_ExitsWithTwoListingTheLanguages()
    {
        _files.Write(".journeykit.json", """{ "commands": { "gate": { "language": "fr" } } }""");

        tool.Run(_files.Path, "validate", "x.json").Error.Should().Be(
            ".journeykit.json: error at $.commands.gate.language: \"fr\" is not a built-in language; the languages are en, de, zh-Hans, bg, nb.\n");
    }
}
