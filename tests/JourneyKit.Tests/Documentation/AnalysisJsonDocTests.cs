using JourneyKit.Analysis;
using JourneyKit.Samples.Maps;
using JourneyKit.Serialization.Json;
using JourneyKit.Tests.Support;

namespace JourneyKit.Tests.Documentation;

/// <summary>The code of docs/analysis-json.md, compiled and run.</summary>
public class AnalysisJsonDocTests
{
    [Theory]
    [InlineData("doc-analysis-json")]
    [InlineData("doc-analysis-json-example")]
    public void AnalysisJsonDoc_ShowsTheCompiledCode(string region) =>
        DocSnippets.AssertShownIn("docs/analysis-json.md", "AnalysisJsonDocTests.cs", region);

    [Fact]
    public async Task AnalysisJsonDoc_Write_Runs()
    {
        var path = Path.Combine(Path.GetTempPath(), $"analysis-{Guid.NewGuid():N}.json");
        try
        {
            #region doc-analysis-json
            JourneyAnalysis analysis = OnlineShoePurchase.Build().Analyze();

            string json = JourneyAnalysisJson.Default.Serialize(analysis);                     // indented, ends with a line break
            byte[] compact = new JourneyAnalysisJson { Indented = false }.SerializeToUtf8Bytes(analysis);
            await using (var file = File.Create(path))
            {
                await JourneyAnalysisJson.Default.SerializeAsync(analysis, file);
            }

            string schema = JourneyAnalysisJson.Schema;                                         // journeyanalysis.v1.schema.json
            #endregion

            json.Should().StartWith("{\n  \"analysisVersion\": 1,\n  \"mapId\": \"buy-running-shoes-online\",");
            compact.Should().NotContain((byte)'\n');
            File.ReadAllText(path).Should().Be(json);
            schema.Should().Contain("\"analysisVersion\"");
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void AnalysisJsonDoc_SmallExample_IsWhatJourneyKitWrites()
    {
        #region doc-analysis-json-example
        var map = JourneyMap.Create("Buy a coffee").Id("buy-a-coffee")
            .Stage("Order", s => s
                .Step("Queues", st => st.Emotion(-1).Duration(TimeSpan.FromMinutes(4))
                    .PainPoint("The queue is long", PainSeverity.High, id: "long-queue")
                    .Opportunity("Order ahead in the app", o => o.Impact(Level.High).Effort(Level.Medium).Addresses("long-queue")))
                .Step("Pays", st => st.Emotion(1).Duration(TimeSpan.FromMinutes(1))))
            .Exit("Queues", "Leaves the queue", 0.2m)
            .Build();
        #endregion

        var json = JourneyAnalysisJson.Default.Serialize(map.Analyze());

        File.ReadAllText(Repository.File("docs", "analysis-json.md")).ReplaceLineEndings("\n").Should().Contain("```json\n" + json + "```");
    }
}
