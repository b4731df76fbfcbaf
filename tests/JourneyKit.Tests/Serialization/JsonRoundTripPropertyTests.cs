using FsCheck.Xunit;
using JourneyKit.Serialization.Json;
using JourneyKit.Tests.Support;

namespace JourneyKit.Tests.Serialization;

/// <summary>Properties of the JSON format over random valid maps that use every part of the model.</summary>
public class JsonRoundTripPropertyTests
{
    private static readonly JourneyMapJson Indented = JourneyMapJson.Default;
    private static readonly JourneyMapJson Compact = new() { Options = new JourneyMapJsonOptions { Indented = false } };

    [Property(MaxTest = 300)]
    public bool Deserialize_AnySerializedMap_ReturnsEqualMap(int seed)
    {
        var map = RandomMaps.Build(seed);
        return Indented.Deserialize(Indented.Serialize(map)) == map
            && Compact.Deserialize(Compact.SerializeToUtf8Bytes(map)) == map;
    }

    [Property(MaxTest = 300)]
    public bool Serialize_AnyMapTwice_GivesIdenticalBytes(int seed)
    {
        var first = Indented.SerializeToUtf8Bytes(RandomMaps.Build(seed));
        var second = Indented.SerializeToUtf8Bytes(RandomMaps.Build(seed));
        return first.AsSpan().SequenceEqual(second);
    }

    [Property(MaxTest = 300)]
    public bool Serialize_AnyMapReadBack_GivesIdenticalBytes(int seed)
    {
        var bytes = Indented.SerializeToUtf8Bytes(RandomMaps.Build(seed));
        return Indented.SerializeToUtf8Bytes(Indented.Deserialize(bytes)).AsSpan().SequenceEqual(bytes);
    }

    [Property(MaxTest = 100)]
    public bool Read_AnyMapThroughSmallReads_ReturnsEqualMap(int seed)
    {
        var map = RandomMaps.Build(seed);
        var bytes = Indented.SerializeToUtf8Bytes(map);
        return Indented.Deserialize(new TrickleStream(bytes, 1 + (Math.Abs(seed % 97)))) == map
            && SmallWindow.Json.Deserialize(new TrickleStream(bytes, 1 + (Math.Abs(seed % 97)))) == map;
    }
}
