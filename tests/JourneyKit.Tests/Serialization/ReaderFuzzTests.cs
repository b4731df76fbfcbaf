using System.Text;
using JourneyKit.Serialization;
using JourneyKit.Serialization.Json;
using JourneyKit.Tests.Support;

namespace JourneyKit.Tests.Serialization;

/// <summary>
/// Every reader in the default registry, fed thousands of mutations of documents it wrote: each read gives a sound
/// map (one the builder rebuilds unchanged) or a <see cref="JourneyFormatException"/>, never anything else.
/// </summary>
public class ReaderFuzzTests(ITestOutputHelper output)
{
    private static readonly string[] Tokens =
    [
        "journey", "title ", "section ", "accTitle: ", "accDescr: ", "accDescr {", "---", "%%", "#", ";", ":", ",", "\n", "\r\n", " : 9 : ",
        ": 0:", ": -1:", ": 3: Ann, ann, Ann", "\u2060", "\uFEFF", "\"", "\\ud800", "{}", "[]", "null", "1e400", "\"schemaVersion\"", "\"stages\"",
    ];

    private const string Punctuation = ":,;#%\n{}[]\"\\ -";

    private static IEnumerable<string> ReaderNames => JourneyMapFormats.Default.Formats.Where(f => f.Reader is not null).Select(f => f.Name);

    /// <summary>Every format of the default registry that reads (and writes the documents to mutate).</summary>
    public static TheoryData<string> Readers => [.. ReaderNames];

    [Fact]
    public void Readers_DefaultRegistry_EachReaderAlsoWritesItsSeeds()
    {
        ReaderNames.Should().NotBeEmpty().And.OnlyContain(name => JourneyMapFormats.Default.Find(name)!.Writer != null);
    }

    [Theory]
    [MemberData(nameof(Readers))]
    public void Read_MutatedDocuments_GiveASoundMapOrAFormatException(string name)
    {
        var format = JourneyMapFormats.Default.Find(name)!;
        byte[] Written(JourneyMap map)
        {
            using var stream = new MemoryStream();
            format.Writer!.Serialize(map, stream);
            return stream.ToArray();
        }

        byte[][] seeds = [Written(SampleMaps.Complete()), .. Enumerable.Range(1, 8).Select(s => Written(RandomMaps.Build(s)))];
        var seed = Fuzzing.Seed();
        output.WriteLine($"Seed {seed}");
        var random = new Random(seed);
        int read = 0, refused = 0;
        for (var i = 0; i < Fuzzing.Iterations; i++)
        {
            var document = Fuzzing.Mutate(seeds[random.Next(seeds.Length)], random, 1 + random.Next(4), Tokens, Punctuation);
            JourneyMap map;
            try
            {
                map = format.Reader!.Deserialize(new MemoryStream(document));
            }
            catch (JourneyFormatException)
            {
                refused++;
                continue;
            }
            catch (Exception ex)
            {
                throw new InvalidOperationException($"{name}: {Fuzzing.Replay(seed, i)} threw {ex.GetType().Name} instead of JourneyFormatException for:\n{Encoding.UTF8.GetString(document)}", ex);
            }

            read++;
            map.ToBuilder().Build().Should().Be(map, $"{name}: {Fuzzing.Replay(seed, i)} read a map, so it must be sound");
            JourneyMapJson.Default.Deserialize(JourneyMapJson.Default.Serialize(map)).Should().Be(map, $"{name}: {Fuzzing.Replay(seed, i)} read a map, so it must round-trip through JSON");
        }

        output.WriteLine($"{name}: seed {seed}, {Fuzzing.Iterations} mutated documents: {read} read as sound maps, {refused} refused with JourneyFormatException.");
        read.Should().BeGreaterThan(0);
        refused.Should().BeGreaterThan(0);
    }
}
