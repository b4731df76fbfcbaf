using JourneyKit.Diffing;
using JourneyKit.Samples.Maps;
using JourneyKit.Tests.Support;

namespace JourneyKit.Tests.Documentation;

/// <summary>The code of docs/model.md, compiled and run.</summary>
public class ModelDocTests
{
    [Theory]
    [InlineData("doc-change-a-map")]
    public void ModelDoc_ShowsTheCompiledCode(string region) =>
        DocSnippets.AssertShownIn("docs/model.md", "ModelDocTests.cs", region);

    [Fact]
    public void ModelDoc_ChangeAMap_PrintsTheChangesTheDocumentShows()
    {
        var (output, revision4) = ConsoleOutput.Capture(() =>
        {
            #region doc-change-a-map
            var revision3 = OnlineShoePurchase.Build(revision: 3);
            var revision4 = revision3.ToBuilder()
                .Revision(4, new DateOnly(2026, 11, 20), "CX team", "Delivery is its own stage")
                .Stage("Delivery", s => s.Goal("Get the shoes on time").OwnedBy("Customer service"))
                .MoveStage("delivery", 3)
                .MoveStep("receives-the-order", toStage: "delivery")
                .EditStage("consideration", s => s.EditStep("compares-models", st => st
                    .Emotion(1, "reassured")
                    .RemoveThought("Every brand sizes differently")))
                .Prune()
                .Build();

            foreach (var change in JourneyDiff.Compare(revision3, revision4).Changes)
            {
                Console.WriteLine(change.Description);
            }
            #endregion

            return revision4;
        });

        revision4.Stages.Select(s => s.Id).Should().Equal("awareness", "consideration", "purchase", "delivery", "retention", "loyalty");
        File.ReadAllText(Repository.File("docs", "model.md")).ReplaceLineEndings("\n").Should().Contain(output, "the document shows what the code prints");
    }
}
