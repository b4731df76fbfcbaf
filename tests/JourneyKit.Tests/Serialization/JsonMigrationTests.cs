using System.Text;
using System.Text.Json.Nodes;
using JourneyKit.Serialization;
using JourneyKit.Serialization.Json;
using JourneyKit.Tests.Support;

namespace JourneyKit.Tests.Serialization;

/// <summary>Older documents are upgraded on read by a chain of migrations, one version at a time.</summary>
public class JsonMigrationTests
{
    private const string VersionZero = """
        {
          "schemaVersion": 0,
          "id": "lunch",
          "name": "Buy lunch",
          "stages": [
            { "id": "pay", "name": "Pay", "steps": [ { "id": "pays", "name": "Pays at the till", "feeling": -1 } ] }
          ]
        }
        """;

    private static readonly JourneyMapJson WithMigration = new(null, ValueList.Create<IJsonMigration>([new VersionZeroToOne()]));
    private static readonly JourneyMapJson WithMigrationSmallWindow = new(null, ValueList.Create<IJsonMigration>([new VersionZeroToOne()]), bufferSize: 16);

    private static JourneyMap Expected() => JourneyMap.Create("Buy lunch")
        .Id("lunch")
        .Stage("Pay", s => s.Step("Pays at the till", st => st.Id("pays").Emotion(-1)))
        .Build();

    [Fact]
    public void Deserialize_OlderDocument_IsUpgradedToTheCurrentVersion()
    {
        WithMigration.Deserialize(VersionZero).Should().Be(Expected());
    }

    [Fact]
    public void Read_OlderDocumentFromASlowStream_IsUpgraded()
    {
        var bytes = Encoding.UTF8.GetBytes(VersionZero);

        WithMigration.Deserialize(new TrickleStream(bytes, 1)).Should().Be(Expected());
        WithMigrationSmallWindow.Deserialize(new TrickleStream(bytes, 1)).Should().Be(Expected());
    }

    [Fact]
    public async Task ReadAsync_OlderDocument_IsUpgraded()
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(VersionZero));

        (await WithMigration.DeserializeAsync(stream)).Should().Be(Expected());
    }

    [Fact]
    public void Serialize_UpgradedMap_WritesTheCurrentVersion()
    {
        var text = JourneyMapJson.Default.Serialize(WithMigration.Deserialize(VersionZero));

        text.Should().Contain("\"schemaVersion\": 1").And.Contain("\"title\": \"Buy lunch\"").And.NotContain("feeling");
    }

    [Fact]
    public void Deserialize_OlderDocumentThatIsWrongAfterUpgrade_SaysItWasUpgraded()
    {
        var bad = VersionZero.Replace("-1", "-9", StringComparison.Ordinal);

        var error = Assert.Throws<JourneyFormatException>(() => WithMigration.Deserialize(bad));

        error.Message.Should().Contain("outside the map's scale").And.Contain("as upgraded from schemaVersion 0");
        error.JsonPath.Should().Be("$.stages[0].steps[0].emotions[0].score");
    }

    [Fact]
    public void Deserialize_OlderDocumentWithoutAMigration_SaysItCannotBeUpgraded()
    {
        var error = Assert.Throws<JourneyFormatException>(() => JourneyMapJson.Default.Deserialize(VersionZero));

        error.Message.Should().Contain("schemaVersion 0, which this version of JourneyKit cannot upgrade");
        (error.Line, error.Column).Should().Be((2L, 20L), "the error names the version's place");
    }

    [Fact]
    public void Read_OlderDocumentWithoutAMigration_FailsBeforeBufferingTheRest()
    {
        var rest = new string('x', 50_000_000);
        using var stream = new MemoryStream(System.Text.Encoding.UTF8.GetBytes("{\"schemaVersion\":0,\"title\":\"" + rest + "\"}"));

        JourneyFormatException? error = null;
        var allocated = Growth.AllocatedBy(() => error = Assert.Throws<JourneyFormatException>(() => JourneyMapJson.Default.Deserialize(stream)));

        error!.Message.Should().Contain("cannot upgrade");
        (error.Line, error.Column).Should().Be((1L, 18L));
        allocated.Should().BeLessThan(5_000_000, "the 50 MB document is refused at its version, not read whole");
    }

    [Fact]
    public void Deserialize_OlderDocumentThatIsNotJson_FailsWithFormatException()
    {
        var error = Assert.Throws<JourneyFormatException>(() => WithMigration.Deserialize("{\"schemaVersion\":0,\"id\":\"lunch\",\"name\":"));

        error.Message.Should().Contain("not valid JSON");
    }

    [Fact]
    public void Deserialize_OlderDocumentNestedTooDeep_FailsWithFormatException()
    {
        var deep = "{\"schemaVersion\":0,\"x\":" + new string('[', 100_000) + new string(']', 100_000) + "}";

        var error = Assert.Throws<JourneyFormatException>(() => WithMigration.Deserialize(deep));

        error.Message.Should().Contain("depth");
    }

    [Fact]
    public void Deserialize_MigrationThatFails_FailsWithFormatException()
    {
        var error = Assert.Throws<JourneyFormatException>(() => WithMigration.Deserialize("{\"schemaVersion\":0,\"id\":\"lunch\",\"name\":5}"));

        error.Message.Should().Contain("could not be upgraded from schemaVersion 0");
    }

    /// <summary>A made-up version 0 that called the title "name" and held one score per step as "feeling".</summary>
    private sealed class VersionZeroToOne : IJsonMigration
    {
        public int FromVersion => 0;

        public void Upgrade(JsonObject document)
        {
            var name = document["name"] ?? throw new InvalidOperationException("A version 0 map has a name.");
            document.Remove("name");
            document["title"] = name.GetValue<string>();
            foreach (var stage in document["stages"]?.AsArray() ?? [])
            {
                foreach (var step in stage!["steps"]?.AsArray() ?? [])
                {
                    var feeling = step!["feeling"];
                    if (feeling is not null)
                    {
                        step.AsObject().Remove("feeling");
                        step["emotions"] = new JsonArray(new JsonObject { ["score"] = feeling.GetValue<int>() });
                    }
                }
            }
        }
    }
}
