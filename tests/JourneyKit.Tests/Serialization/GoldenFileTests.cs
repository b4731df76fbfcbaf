using JourneyKit.Serialization.Json;
using JourneyKit.Tests.Support;

namespace JourneyKit.Tests.Serialization;

/// <summary>
/// The sample maps' JSON is checked in under docs/examples and must be written byte for byte the same: a change to
/// the format shows up here first. On a difference the new output is saved beside the file as <c>.received.json</c>.
/// </summary>
public class GoldenFileTests
{
    [Theory]
    [MemberData(nameof(SampleMaps.Names), MemberType = typeof(SampleMaps))]
    public void Serialize_SampleMap_MatchesTheGoldenFileByteForByte(string name)
    {
        var map = SampleMaps.Named(name);
        var golden = Repository.File("docs", "examples", $"{map.Id}.json");

        var bytes = JourneyMapJson.Default.SerializeToUtf8Bytes(map);

        var expected = File.ReadAllBytes(golden);
        if (!bytes.AsSpan().SequenceEqual(expected))
        {
            var received = Path.ChangeExtension(golden, ".received.json");
            File.WriteAllBytes(received, bytes);
            Assert.Fail($"{name} serializes differently from {golden}. If the change is intended, accept it: mv {received} {golden}");
        }
    }

    [Theory]
    [MemberData(nameof(SampleMaps.Names), MemberType = typeof(SampleMaps))]
    public void Deserialize_GoldenFile_ReturnsTheSampleMap(string name)
    {
        var map = SampleMaps.Named(name);

        var read = JourneyMapJson.Default.Deserialize(File.ReadAllBytes(Repository.File("docs", "examples", $"{map.Id}.json")));

        read.Should().Be(map);
    }
}
