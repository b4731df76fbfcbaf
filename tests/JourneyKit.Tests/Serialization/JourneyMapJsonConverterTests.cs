using System.Text.Json;
using System.Text.Json.Serialization;
using JourneyKit.Serialization;
using JourneyKit.Serialization.Json;
using JourneyKit.Tests.Support;

namespace JourneyKit.Tests.Serialization;

/// <summary>Maps inside a product's own System.Text.Json documents, through a source-generated context.</summary>
public partial class JourneyMapJsonConverterTests
{
    [Fact]
    public void Serialize_MapInsideAnotherDocument_WritesTheCanonicalForm()
    {
        var envelope = new MapEnvelope("Canteen team", SampleMaps.Complete());

        var json = JsonSerializer.Serialize(envelope, EnvelopeContext.Default.MapEnvelope);

        var compact = new JourneyMapJson { Options = new JourneyMapJsonOptions { Indented = false } }.Serialize(SampleMaps.Complete());
        json.Should().Be($"{{\"owner\":\"Canteen team\",\"map\":{compact}}}");
    }

    [Fact]
    public void Deserialize_MapInsideAnotherDocument_ReturnsEqualMap()
    {
        var json = JsonSerializer.Serialize(new MapEnvelope("Canteen team", SampleMaps.Complete()), EnvelopeContext.Default.MapEnvelope);

        var envelope = JsonSerializer.Deserialize(json, EnvelopeContext.Default.MapEnvelope)!;

        envelope.Map.Should().Be(SampleMaps.Complete());
        envelope.Owner.Should().Be("Canteen team");
    }

    [Fact]
    public async Task DeserializeAsync_MapInsideAnotherDocumentFromAStream_ReturnsEqualMap()
    {
        var json = JsonSerializer.SerializeToUtf8Bytes(new MapEnvelope("Canteen team", SampleMaps.Complete()), EnvelopeContext.Default.MapEnvelope);
        using var stream = new TrickleStream(json, 100);

        var envelope = await JsonSerializer.DeserializeAsync(stream, EnvelopeContext.Default.MapEnvelope);

        envelope!.Map.Should().Be(SampleMaps.Complete());
    }

    [Fact]
    public void Deserialize_BadMapInsideAnotherDocument_ThrowsJsonExceptionWithTheFormatError()
    {
        const string json = """{"owner":"x","map":{"schemaVersion":1,"id":"lunch","title":"Lunch","kind":"shopping"}}""";

        var error = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize(json, EnvelopeContext.Default.MapEnvelope));

        error.Path.Should().Be("$.map");
        var inner = error.InnerException.Should().BeOfType<JourneyFormatException>().Which;
        inner.JsonPath.Should().Be("$.kind");
        inner.Reason.Should().Contain("'shopping' is not a known value");
    }

    [Fact]
    public void Deserialize_NonObjectWhereAMapBelongs_ThrowsJsonException()
    {
        var act = () => JsonSerializer.Deserialize("""{"owner":"x","map":[1]}""", EnvelopeContext.Default.MapEnvelope);

        act.Should().Throw<JsonException>().WithMessage("*Expected an object (a journey map)*");
    }

    public sealed record MapEnvelope(string Owner, JourneyMap Map);

    [JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, Converters = [typeof(JourneyMapJsonConverter)])]
    [JsonSerializable(typeof(MapEnvelope))]
    internal sealed partial class EnvelopeContext : JsonSerializerContext;
}
