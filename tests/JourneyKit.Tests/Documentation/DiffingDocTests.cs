using JourneyKit.Diffing;
using JourneyKit.Localization;
using JourneyKit.Samples.Maps;
using JourneyKit.Serialization.Json;
using JourneyKit.Tests.Support;
using JourneyKit.Validation;

namespace JourneyKit.Tests.Documentation;

/// <summary>The code of docs/diffing.md, compiled and run.</summary>
public class DiffingDocTests
{
    private static readonly FixedClock Today = FixedClock.On(2026, 11, 22);

    [Theory]
    [InlineData("doc-compare")]
    [InlineData("doc-explain")]
    [InlineData("doc-languages")]
    [InlineData("doc-apply")]
    [InlineData("doc-json")]
    [InlineData("doc-merge")]
    public void DiffingDoc_ShowsTheCompiledCode(string region) =>
        DocSnippets.AssertShownIn("docs/diffing.md", "DiffingDocTests.cs", region);

    [Fact]
    public void DiffingDoc_Compare_Runs()
    {
        var output = ConsoleOutput.Capture(() =>
        {
            #region doc-compare
            var before = OnlineShoePurchase.Build(revision: 3);
            var after = OnlineShoePurchase.Build(revision: 4);

            JourneyDiff diff = JourneyDiff.Compare(before, after);
            foreach (var change in diff.Changes.Where(c => c.StageId == "consideration"))
            {
                Console.WriteLine(change.Description);
            }
            #endregion
        });

        output.Should().Contain("Renamed step \"Compares models\" to \"Compares models and sizes\" (id compares-models → compares-models-and-sizes, matched by similarity, confidence 0.86)");
        output.Should().Contain("Changed status of Consideration › Compares models and sizes › opportunity 'Size finder based on past purchases' from planned to done");
    }

    [Fact]
    public void DiffingDoc_Explain_Runs()
    {
        var (before, after, timeProvider) = (OnlineShoePurchase.Build(3), OnlineShoePurchase.Build(4), Today);
        var path = Path.Combine(Path.GetTempPath(), $"changes-{Guid.NewGuid():N}.md");
        #region doc-explain
        var summary = DiffSummary.Of(before, after,
            issuesBefore: before.Validate(timeProvider: timeProvider),  // optional: list the validation issues
            issuesAfter: after.Validate(timeProvider: timeProvider));   // the change introduced and resolved
        var drops = summary.BiggestDrops;                  // the steps that feel worse, worst first
        var metrics = summary.MetricMovements;             // actual values against their targets
        File.WriteAllText(path, summary.ToMarkdown());    // a changelog grouped by stage
        #endregion

        drops.Should().BeEmpty();
        metrics.Should().HaveCount(2);
        File.ReadAllText(path).Should().Be(summary.ToMarkdown());
        File.Delete(path);
    }

    [Fact]
    public void DiffingDoc_Languages_Runs()
    {
        var summary = DiffSummary.Of(OnlineShoePurchase.Build(3), OnlineShoePurchase.Build(4));
        var output = ConsoleOutput.Capture(() =>
        {
            #region doc-languages
            string german = summary.ToMarkdown(JourneyLanguage.German);       // "# Änderungen an „…“", numbers as 32,5
            foreach (var change in summary.Diff.Changes)
            {
                Console.WriteLine(change.Describe(JourneyLanguage.SimplifiedChinese));  // "新增痛点：…"
            }
            #endregion

            german.Should().StartWith("# Änderungen an „");
        });

        output.Should().Contain("新增痛点：");
    }

    [Fact]
    public void DiffingDoc_Apply_Runs()
    {
        var (before, after) = (OnlineShoePurchase.Build(3), OnlineShoePurchase.Build(4));
        var someoneElsesCopy = OnlineShoePurchase.Build(3).ToBuilder().EditStage("Purchase", s => s.Goal("Pay")).Build();
        #region doc-apply
        var diff = JourneyDiff.Compare(before, after);
        var patched = JourneyDiff.Apply(before, diff);                   // equal to after
        var undone = JourneyDiff.Apply(patched, diff.Invert());          // equal to before

        var drift = JourneyDiff.FindDrift(someoneElsesCopy, diff);        // what does not fit, and why
        #endregion

        patched.Should().Be(after);
        undone.Should().Be(before);
        drift.Should().BeEmpty("changing a goal does not touch what the diff changes");
    }

    [Fact]
    public void DiffingDoc_Json_Runs()
    {
        var diff = JourneyDiff.Compare(OnlineShoePurchase.Build(3), OnlineShoePurchase.Build(4));
        #region doc-json
        string json = JourneyDiffJson.Default.Serialize(diff);
        JourneyDiff read = JourneyDiffJson.Default.Deserialize(json);            // equal to diff
        #endregion

        read.Should().Be(diff);
    }

    [Fact]
    public void DiffingDoc_Merge_Runs()
    {
        var @base = OnlineShoePurchase.Build(3);
        var ours = @base.ToBuilder().EditStage("Purchase", s => s.Goal("Pay in one click")).Build();
        var theirs = @base.ToBuilder().EditStage("Purchase", s => s.Goal("Pay without surprises")).EditStage("Loyalty", s => s.Icon("⭐")).Build();
        var (output, outcome) = ConsoleOutput.Capture(() =>
        {
            #region doc-merge
            MergeResult result = JourneyDiff.Merge(@base, ours, theirs);
            foreach (var conflict in result.Conflicts)
            {
                Console.WriteLine(conflict.Message);
            }

            if (!result.IsClean)
            {
                result = result.Resolve(result.Conflicts[0], ConflictResolution.Theirs);
            }

            JourneyMap merged = result.Merged;
            #endregion
            return merged;
        });

        output.Should().StartWith("Changed differently on both sides").And.Contain("\"Pay in one click\"").And.Contain("\"Pay without surprises\"");
        outcome.FindStage("purchase")!.Goal.Should().Be("Pay without surprises");
        outcome.FindStage("loyalty")!.Icon.Should().Be("⭐");
    }
}
