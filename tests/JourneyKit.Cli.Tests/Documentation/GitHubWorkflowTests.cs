using System.Text.RegularExpressions;
using JourneyKit.Cli.Tests.Support;
using JourneyKit.Tests.Support;

namespace JourneyKit.Cli.Tests.Documentation;

/// <summary>
/// The GitHub Actions workflow of docs/cli.md, run as GitHub would run its commands (bash -e, the base branch's name for
/// <c>github.base_ref</c>) in a clone whose pull request changes a map: all but installing the tool and posting the comment.
/// </summary>
public sealed partial class GitHubWorkflowTests(InstalledTool tool) : IDisposable
{
    private readonly Workspace _files = new();

    public void Dispose() => _files.Dispose();

    private static string Lunch => Workspace.Example("buy-lunch-in-the-canteen.json");

    [Fact]
    public void Workflow_PullRequestThatImprovesAMap_PassesAndWritesTheChangelog()
    {
        var better = Lunch.Replace("\"score\": -1,\n              \"label\": \"annoyed\"", "\"score\": 1,\n              \"label\": \"relieved\"", StringComparison.Ordinal);

        var steps = RunWorkflow(better);

        steps.Select(s => s.ExitCode).Should().OnlyContain(code => code == 0, string.Join("\n", steps));
        File.ReadAllText(Path.Combine(Clone, "journey-changes.md")).Should().StartWith("# Changes to “Buy lunch in the canteen”").And.Contain("Pays");
        File.ReadAllText(Path.Combine(Clone, "journeykit.sarif")).Should().Contain("\"version\": \"2.1.0\"");
        steps.Single(s => s.Name == "Validate the maps").Output.Should().Contain("::warning file=maps/lunch.json,line=");
    }

    [Fact]
    public void Workflow_PullRequestThatMakesAMomentWorse_FailsAtTheGateAfterComparingEveryMap()
    {
        var worse = Lunch.Replace("\"score\": 2,\n              \"label\": \"happy\"", "\"score\": -1,\n              \"label\": \"cold food\"", StringComparison.Ordinal);

        var steps = RunWorkflow(worse);

        var changes = steps.Single(s => s.Name == "What the pull request changes for customers");
        changes.ExitCode.Should().Be(1, changes.ToString());
        changes.Output.Should().Contain("::error file=maps/lunch.json,line=").And.Contain("title=JKG002 Emotion drop::Step 'Eats with friends' feels 3 points worse");
        File.ReadAllText(Path.Combine(Clone, "journey-changes.md")).Should().Contain("“Buy lunch in the canteen”").And.Contain("“Buy running shoes online”",
            "the map after the one that fails the gate is compared too");
    }

    private string Clone => Path.Combine(_files.Path, "clone");

    private List<StepRun> RunWorkflow(string changedMap)
    {
        var origin = Path.Combine(_files.Path, "origin");
        Directory.CreateDirectory(Path.Combine(origin, "maps"));
        File.WriteAllText(Path.Combine(origin, "maps", "lunch.json"), Lunch);
        File.WriteAllText(Path.Combine(origin, "maps", "shoes.json"), Workspace.Example("buy-running-shoes-online.json"));
        Git(origin, "init", "-q", "-b", "main");
        Git(origin, "add", ".");
        Git(origin, "commit", "-q", "-m", "The lunch journey");
        Git(_files.Path, "clone", "-q", origin, Clone);
        Git(Clone, "checkout", "-q", "-b", "better-lunch");
        File.WriteAllText(Path.Combine(Clone, "maps", "lunch.json"), changedMap);
        File.WriteAllText(Path.Combine(Clone, "maps", "shoes.json"), Workspace.Example("buy-running-shoes-online.json").Replace("\"actual\": 58", "\"actual\": 61", StringComparison.Ordinal));
        File.WriteAllText(Path.Combine(Clone, "maps", "help-desk.json"), Workspace.Example("choose-a-help-desk-tool.json"));
        Git(Clone, "add", ".");
        Git(Clone, "commit", "-q", "-m", "Revise the journeys");

        var runs = new List<StepRun>();
        foreach (var (name, script) in Steps())
        {
            if (script.Contains("dotnet tool install", StringComparison.Ordinal) || script.StartsWith("gh ", StringComparison.Ordinal))
            {
                continue;
            }

            runs.Add(Bash(name, script.Replace("${{ github.base_ref }}", "main", StringComparison.Ordinal)));
        }

        return runs;
    }

    /// <summary>The <c>run</c> steps of the documented workflow, with their names: one-line commands and <c>|</c> blocks.</summary>
    private static List<(string Name, string Script)> Steps()
    {
        var document = File.ReadAllText(Repository.File("docs", "cli.md")).ReplaceLineEndings("\n");
        var yaml = WorkflowBlock().Match(document).Groups[1].Value.Split('\n');
        var steps = new List<(string, string)>();
        string? name = null;
        for (var i = 0; i < yaml.Length; i++)
        {
            var line = yaml[i].Trim();
            if (line.StartsWith("- name: ", StringComparison.Ordinal))
            {
                name = line["- name: ".Length..];
            }
            else if (line.StartsWith("- ", StringComparison.Ordinal))
            {
                name = null;
            }

            var run = line.StartsWith("- run: ", StringComparison.Ordinal) ? line["- run: ".Length..] : line.StartsWith("run: ", StringComparison.Ordinal) ? line["run: ".Length..] : null;
            if (run == "|")
            {
                var indent = yaml[i + 1].Length - yaml[i + 1].TrimStart().Length;
                var block = yaml.Skip(i + 1).TakeWhile(l => l.Length - l.TrimStart().Length >= indent && l.Trim().Length > 0).Select(l => l[indent..]);
                steps.Add((name ?? run, string.Join("\n", block)));
            }
            else if (run is not null)
            {
                steps.Add((name ?? run, run));
            }
        }

        steps.Should().HaveCountGreaterThan(3, "docs/cli.md shows the workflow's steps");
        return steps;
    }

    private StepRun Bash(string name, string script)
    {
        var path = $"{Path.GetDirectoryName(tool.Command)}{Path.PathSeparator}{Environment.GetEnvironmentVariable("PATH")}";
        var run = ProcessRunner.Run("bash", ["-e", "-c", script], Clone, new Dictionary<string, string?>
        {
            ["PATH"] = path,
            ["GITHUB_STEP_SUMMARY"] = Path.Combine(_files.Path, "summary.md"),
        });
        return new StepRun(name, run.ExitCode, run.Output, run.Error);
    }

    private static void Git(string directory, params string[] arguments) => ProcessRunner.Git(directory, arguments);

    [GeneratedRegex("## In GitHub Actions.*?```yaml\n(.*?)```", RegexOptions.Singleline)]
    private static partial Regex WorkflowBlock();

    private sealed record StepRun(string Name, int ExitCode, string Output, string Error)
    {
        public override string ToString() => $"{Name}: exit {ExitCode}\n{Output}\n{Error}";
    }
}
