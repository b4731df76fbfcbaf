using System.Text.Json;
using JourneyKit.Cli.Tests.Support;

namespace JourneyKit.Cli.Tests.Commands;

public sealed class GateCommandTests(InstalledTool tool) : IDisposable
{
    private readonly Workspace _files = new();

    public void Dispose() => _files.Dispose();

    private static string Lunch => Workspace.Example("buy-lunch-in-the-canteen.json");

    /// <summary>The lunch map made worse: eating with friends falls from +2 to -1, and the queue time moves away from its target.</summary>
    private static string WorseLunch => Lunch
        .Replace("\"score\": 2,\n              \"label\": \"happy\"", "\"score\": -1,\n              \"label\": \"cold food\"", StringComparison.Ordinal)
        .Replace("\"actual\": 12", "\"actual\": 15", StringComparison.Ordinal);

    [Fact]
    public void Gate_SameRevision_ExitsClean()
    {
        _files.Write("before.json", Lunch);
        _files.Write("after.json", Lunch);

        var run = tool.Run(_files.Path, "gate", "before.json", "after.json");

        run.ExitCode.Should().Be(0, run.ToString());
        run.Output.Should().Be("0 findings (0 errors, 0 warnings, 0 infos) in 1 file\n");
    }

    [Fact]
    public void Gate_WorseRevision_FailsNamingEachRegressionAtItsPlace()
    {
        _files.Write("before.json", Lunch);
        _files.Write("after.json", WorseLunch);

        var run = tool.Run(_files.Path, "gate", "before.json", "after.json");

        run.ExitCode.Should().Be(1, run.ToString());
        run.Output.Should().MatchRegex(@"after\.json:\d+:\d+: error JKG002: Step 'Eats with friends' feels 3 points worse: \+2 → -1\.")
            .And.MatchRegex(@"after\.json:\d+:\d+: warning JKG003: Metric 'Queue time' \(Pay\) moved from 12 to 15, away from its target 5\.");
    }

    [Fact]
    public void Gate_FailOnNever_ReportsButExitsClean()
    {
        _files.Write("before.json", Lunch);
        _files.Write("after.json", WorseLunch);

        tool.Run(_files.Path, "gate", "before.json", "after.json", "--fail-on", "never").ExitCode.Should().Be(0);
    }

    [Fact]
    public void Gate_ConfigFile_ChangesThresholdsAndSeverities()
    {
        _files.Write("before.json", Lunch);
        _files.Write("after.json", WorseLunch);
        _files.Write(".journeykit.json", """
            {
              "gate": { "emotionDrop": 4, "severities": { "JKG003": "error" } }
            }
            """);

        var run = tool.Run(_files.Path, "gate", "before.json", "after.json", "--format", "json");

        run.ExitCode.Should().Be(1, run.ToString());
        using var json = JsonDocument.Parse(run.Output);
        json.RootElement.GetProperty("findings").EnumerateArray().Select(f => (f.GetProperty("rule").GetString(), f.GetProperty("severity").GetString()))
            .Should().Equal(("JKG003", "error"));
    }

    [Fact]
    public void Gate_StageLosingItsOwner_IsAWarning()
    {
        var after = Lunch
            .Replace("\"owner\": \"canteen-manager\",\n      \"icon\": \"\\uD83D\\uDCB3\"", "\"icon\": \"\\uD83D\\uDCB3\"", StringComparison.Ordinal);
        _files.Write("before.json", Lunch);
        _files.Write("after.json", after);

        var run = tool.Run(_files.Path, "gate", "before.json", "after.json");

        run.Output.Should().Contain("warning JKG006: Stage Pay lost its owner 'Canteen manager'.");
        run.ExitCode.Should().Be(0, "warnings do not fail the gate by default");
    }

    [Fact]
    public void Gate_GitHub_WritesAnnotationsAndAJobSummaryTable()
    {
        _files.Write("before.json", Lunch);
        _files.Write("after.json", WorseLunch);
        var summary = _files.Write("summary.md", "");

        var run = tool.Run(_files.Path, new Dictionary<string, string?> { ["GITHUB_STEP_SUMMARY"] = summary }, "gate", "before.json", "after.json", "--format", "github");

        run.Output.Should().Contain("::error file=after.json,line=").And.Contain("title=JKG002 Emotion drop::");
        File.ReadAllText(summary).Should().StartWith("### Experience gate: before.json → after.json\n").And.Contain("| error | JKG002 Emotion drop |");
    }

    [Theory]
    [InlineData(OpportunityStatus.Planned, true)]
    [InlineData(OpportunityStatus.Rejected, false)]
    [InlineData(OpportunityStatus.Done, false)]
    public void Gate_OpportunityRemoved_IsAWarningUnlessItWasDecided(OpportunityStatus status, bool reported)
    {
        var before = Serialization.Json.JourneyMapJson.Default.Deserialize(Lunch).ToBuilder()
            .EditStage("choose-food", s => s.EditStep("looks-at-the-menu", st => st.EditOpportunity("show-the-menu-on-the-student-app", o => o.Status(status))))
            .Build();
        var after = before.ToBuilder()
            .EditStage("choose-food", s => s.EditStep("looks-at-the-menu", st => st.RemoveOpportunity("show-the-menu-on-the-student-app")))
            .Build();
        _files.Write("before.json", Serialization.Json.JourneyMapJson.Default.Serialize(before));
        _files.Write("after.json", Serialization.Json.JourneyMapJson.Default.Serialize(after));

        var run = tool.Run(_files.Path, "gate", "before.json", "after.json");

        run.ExitCode.Should().Be(0, run.ToString());
        run.Output.Contains("warning JKG004: Opportunity 'Show the menu on the student app' (planned) at step 'Looks at the menu' was removed without being done or rejected.", StringComparison.Ordinal)
            .Should().Be(reported, run.Output);
    }

    [Fact]
    public void Gate_LanguageGerman_WritesRegressionsAndJobSummaryInGerman()
    {
        _files.Write("before.json", Lunch);
        _files.Write("after.json", WorseLunch);
        var summary = _files.Write("summary.md", "");

        var run = tool.Run(_files.Path, new Dictionary<string, string?> { ["GITHUB_STEP_SUMMARY"] = summary }, "gate", "before.json", "after.json", "--format", "github", "--language", "de");

        run.ExitCode.Should().Be(1, run.ToString());
        run.Output.Should().Contain(",title=JK" + "G002 Emotionaler Einbruch::Schritt „Eats with friends“ fühlt sich 3 Punkte schlechter an: +2 → -1.");
        File.ReadAllText(summary).Should().StartWith("### Erlebnis-Gate: before.json → after.json\n").And.Contain("| Fehler | JKG002 Emotionaler Einbruch |");
    }
}
