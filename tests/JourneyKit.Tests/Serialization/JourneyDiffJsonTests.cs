using FsCheck.Xunit;
using JourneyKit.Diffing;
using JourneyKit.Serialization.Json;
using JourneyKit.Serialization;
using JourneyKit.Tests.Support;

namespace JourneyKit.Tests.Serialization;

public class JourneyDiffJsonTests
{
    [Property(MaxTest = 300)]
    public bool Deserialize_AnySerializedDiff_ReturnsAnEqualDiffThatStillApplies(int seed)
    {
        var before = RandomMaps.Build(seed, maxStages: 5, maxStepsPerStage: 5);
        var after = MapEdits.Edit(before, seed, 1 + Math.Abs(seed % 9));
        var diff = JourneyDiff.Compare(before, after);
        var read = JourneyDiffJson.Default.Deserialize(new JourneyDiffJson { Indented = seed % 2 == 0 }.Serialize(diff));
        return read == diff && JourneyDiff.Apply(before, read) == after;
    }

    [Fact]
    public void Serialize_SameDiffTwice_GivesTheSameText()
    {
        var before = Samples.Maps.OnlineShoePurchase.Build(3);
        var after = Samples.Maps.OnlineShoePurchase.Build(4);

        JourneyDiffJson.Default.Serialize(JourneyDiff.Compare(before, after)).Should().Be(JourneyDiffJson.Default.Serialize(JourneyDiff.Compare(before, after)));
    }

    [Fact]
    public void Serialize_PropertyChange_WritesTheDocumentedShape()
    {
        var after = DiffMaps.Lunch(m => m.EditStage("Pay", s => s.Goal("Pay fast")));

        var json = new JourneyDiffJson { Indented = false }.Serialize(JourneyDiff.Compare(DiffMaps.Lunch(), after));

        json.Should().Be(
            """{"diffSchemaVersion":1,"changes":[{"change":"propertyChanged","element":"stage","id":"pay","property":"goal","before":null,"after":"Pay fast","path":"/stages/pay/goal","location":"Pay","stage":"pay"}]}""");
    }

    [Theory]
    [InlineData("""{"diffSchemaVersion":2,"changes":[]}""", "$.diffSchemaVersion", "Version 2 is not known")]
    [InlineData("""{"changes":[]}""", "$.diffSchemaVersion", "diffSchemaVersion")]
    [InlineData("""{"diffSchemaVersion":1,"changes":[{"change":"exploded","element":"step","id":"a","path":"/","location":"x"}]}""", "$.changes[0].change", "'exploded' is not a change kind")]
    [InlineData("""{"diffSchemaVersion":1,"changes":[{"change":"moved","element":"step","id":"a","path":"/","location":"x","colour":"red"}]}""", "$.changes[0].colour", "no member 'colour'")]
    [InlineData("""{"diffSchemaVersion":1,"changes":[{"change":"propertyChanged","element":"step","id":"a","property":"mood","before":1,"after":2,"path":"/","location":"x"}]}""", "$.changes[0].property", "no property 'mood'")]
    [InlineData("""{"diffSchemaVersion":1,"changes":[{"change":"propertyChanged","element":"step","id":"a","property":"milestone","before":1,"after":true,"path":"/","location":"x"}]}""", "$.changes[0].before", "true or false")]
    [InlineData("""{"diffSchemaVersion":1,"changes":[{"change":"added","element":"owner","id":"a","after":{"id":"a","name":null,"contact":null},"path":"/","location":"x"}]}""", "$.changes[0].after.name", "Expected a string")]
    [InlineData("""{"diffSchemaVersion":1,"changes":[{"change":"added","element":"owner","id":"a","after":{"id":"Not An Id","name":"A","contact":null},"path":"/","location":"x"}]}""", "$.changes[0].after.id", "Not An Id")]
    [InlineData("""{"diffSchemaVersion":1,"changes":[{"change":"moved","element":"step","id":"a","from":{"kind":"stage","id":"b","index":-1},"path":"/","location":"x"}]}""", "$.changes[0].from", "index of 0 or more")]
    public void Deserialize_BadDiff_ThrowsWithThePlace(string json, string path, string message)
    {
        var read = () => JourneyDiffJson.Default.Deserialize(json);

        var error = read.Should().Throw<JourneyFormatException>().Which;
        error.JsonPath.Should().Be(path);
        error.Message.Should().Contain(message);
        error.Format.Should().Be(JourneyDiffJson.FormatName);
    }

    [Fact]
    public void Deserialize_NotJson_ThrowsWithLineAndColumn()
    {
        var read = () => JourneyDiffJson.Default.Deserialize("{\n  \"diffSchemaVersion\": 1,\n  \"changes\": [}");

        var error = read.Should().Throw<JourneyFormatException>().Which;
        error.Line.Should().Be(3);
        error.Column.Should().BeGreaterThan(1);
    }
}
