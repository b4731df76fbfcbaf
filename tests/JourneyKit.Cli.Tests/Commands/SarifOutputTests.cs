using System.Text.Json;
using JourneyKit.Cli.Tests.Support;
using JourneyKit.Tests.Support;

namespace JourneyKit.Cli.Tests.Commands;

/// <summary>The SARIF that code scanning reads, checked by Microsoft's SARIF multitool (installed from npm by tools/sarif-check).</summary>
public sealed class SarifOutputTests(InstalledTool tool) : IDisposable
{
    private readonly Workspace _files = new();

    public void Dispose() => _files.Dispose();

    [Fact]
    public void Validate_Sarif_PassesTheMultitoolsValidation()
    {
        _files.Write("maps/lunch.json", Workspace.Example("buy-lunch-in-the-canteen.json"));
        _files.Write("maps/shoes.json", Workspace.Example("buy-running-shoes-online.json"));
        var run = tool.Run(_files.Path, "validate", "maps/*.json", "--format", "sarif", "--today", "2026-11-22");
        var sarif = _files.Write("findings.sarif", run.Output);

        var check = MultitoolValidate(sarif);

        check.ExitCode.Should().Be(0, $"the SARIF multitool reports:\n{check.Output}{check.Error}");
    }

    [Fact]
    public void Validate_Sarif_PointsAtTheFindingsLineAndColumn()
    {
        var file = _files.Write("lunch.json", Workspace.Example("buy-lunch-in-the-canteen.json"));

        var run = tool.Run(_files.Path, "validate", "lunch.json", "--format", "sarif", "--today", "2026-11-22");

        using var sarif = JsonDocument.Parse(run.Output);
        var sarifRun = sarif.RootElement.GetProperty("runs")[0];
        var result = sarifRun.GetProperty("results").EnumerateArray().First(r => r.GetProperty("ruleId").GetString() == "JK1006");
        var location = result.GetProperty("locations")[0].GetProperty("physicalLocation");
        location.GetProperty("artifactLocation").GetProperty("uri").GetString().Should().Be("lunch.json");
        var line = location.GetProperty("region").GetProperty("startLine").GetInt32();
        var column = location.GetProperty("region").GetProperty("startColumn").GetInt32();
        File.ReadAllLines(file)[line - 1][(column - 1)..].Should().Be("\"id\": \"eat\",", "the region starts at the stage's id");
        result.GetProperty("level").GetString().Should().Be("warning");
        var rule = sarifRun.GetProperty("tool").GetProperty("driver").GetProperty("rules")[result.GetProperty("ruleIndex").GetInt32()];
        rule.GetProperty("id").GetString().Should().Be("JK1006");
        rule.GetProperty("helpUri").GetString().Should().EndWith("docs/validation.md#jk1006-stage-has-no-touchpoint");
    }

    private static ToolRun MultitoolValidate(string sarif) => ProcessRunner.Run("bash", [Repository.File("tools", "sarif-check", "check.sh"), sarif]);
}
