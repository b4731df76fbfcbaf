using System.Text;
using JourneyKit.Serialization.Json;
using JourneyKit.Tests.Support;

namespace JourneyKit.Tests.Serialization;

public class JourneyMapJsonTests
{
    private static readonly JourneyMapJson Json = JourneyMapJson.Default;

    [Fact]
    public void Deserialize_SerializedCompleteMap_ReturnsEqualMap()
    {
        var map = SampleMaps.Complete();

        var text = Json.Serialize(map);

        Json.Deserialize(text).Should().Be(map);
    }

    [Fact]
    public void Serialize_SameMapTwice_GivesSameBytes()
    {
        var first = Json.SerializeToUtf8Bytes(SampleMaps.Complete());
        var second = Json.SerializeToUtf8Bytes(SampleMaps.Complete());

        second.Should().Equal(first);
    }

    [Fact]
    public void Serialize_Indented_UsesTwoSpacesNewlinesAndNoByteOrderMark()
    {
        var bytes = Json.SerializeToUtf8Bytes(SampleMaps.Complete());
        var text = Encoding.UTF8.GetString(bytes);

        bytes.Take(3).Should().NotEqual(new byte[] { 0xEF, 0xBB, 0xBF });
        text.Should().StartWith("{\n  \"schemaVersion\": 1,\n  \"id\": ");
        text.Should().NotContain("\r");
        text.Should().EndWith("}\n");
    }

    [Fact]
    public void Serialize_Compact_WritesOneLine()
    {
        var compact = new JourneyMapJson { Options = new JourneyMapJsonOptions { Indented = false } };

        var text = compact.Serialize(SampleMaps.Complete());

        text.Should().NotContain("\n").And.StartWith("{\"schemaVersion\":1,\"id\":");
        compact.Deserialize(text).Should().Be(SampleMaps.Complete());
    }

    [Fact]
    public void Deserialize_ScaleDeclaredAfterTheStages_ChecksScoresAgainstIt()
    {
        const string json = """
            {"schemaVersion":1,"id":"lunch","title":"Lunch",
             "stages":[{"id":"pay","name":"Pay","steps":[{"id":"pays","name":"Pays","emotions":[{"score":1},{"score":5,"persona":"student"}]}]}],
             "personas":[{"id":"student","name":"Student"}],
             "emotionScale":{"min":1,"max":5}}
            """;

        var map = Json.Deserialize(json);

        map.EmotionScale.Should().Be(new EmotionScale(1, 5));
        map.FindStep("pays")!.EmotionFor("student")!.Score.Should().Be(5);
    }
}
