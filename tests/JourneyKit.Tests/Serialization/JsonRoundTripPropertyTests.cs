using FsCheck;
using FsCheck.Fluent;
using JourneyKit.Serialization.Json;
using JourneyKit.Tests.Support;

namespace JourneyKit.Tests.Serialization;

/// <summary>Properties of the JSON format over random valid maps that use every part of the model.</summary>
public class JsonRoundTripPropertyTests
{
    private static readonly Config Thorough = Config.QuickThrowOnFailure.WithMaxTest(300);
    private static readonly Arbitrary<int> Seeds = ArbMap.Default.ArbFor<int>();
    private static readonly JourneyMapJson Indented = JourneyMapJson.Default;
    private static readonly JourneyMapJson Compact = new(new JourneyMapJsonOptions(indented: false));

    [Fact]
    public void Deserialize_AnySerializedMap_ReturnsEqualMap() =>
        Prop.ForAll(Seeds, seed =>
        {
            var map = RandomMaps.Build(seed);
            return Indented.Deserialize(Indented.Serialize(map)) == map
                && Compact.Deserialize(Compact.SerializeToUtf8Bytes(map)) == map;
        }).Check(Thorough);

    [Fact]
    public void Serialize_AnyMapTwice_GivesIdenticalBytes() =>
        Prop.ForAll(Seeds, seed =>
        {
            var first = Indented.SerializeToUtf8Bytes(RandomMaps.Build(seed));
            var second = Indented.SerializeToUtf8Bytes(RandomMaps.Build(seed));
            return first.AsSpan().SequenceEqual(second);
        }).Check(Thorough);

    [Fact]
    public void Serialize_AnyMapReadBack_GivesIdenticalBytes() =>
        Prop.ForAll(Seeds, seed =>
        {
            var bytes = Indented.SerializeToUtf8Bytes(RandomMaps.Build(seed));
            return Indented.SerializeToUtf8Bytes(Indented.Deserialize(bytes)).AsSpan().SequenceEqual(bytes);
        }).Check(Thorough);

    [Fact]
    public void Read_AnyMapThroughSmallReads_ReturnsEqualMap() =>
        Prop.ForAll(Seeds, seed =>
        {
            var map = RandomMaps.Build(seed);
            var bytes = Indented.SerializeToUtf8Bytes(map);
            return Indented.Read(new TrickleStream(bytes, 1 + (Math.Abs(seed % 97)))) == map
                && SmallWindow.Json.Read(new TrickleStream(bytes, 1 + (Math.Abs(seed % 97)))) == map;
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(100));
}
