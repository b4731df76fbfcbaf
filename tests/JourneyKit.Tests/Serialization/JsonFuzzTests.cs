using System.Text;
using JourneyKit.Serialization;
using JourneyKit.Serialization.Json;
using JourneyKit.Tests.Support;

namespace JourneyKit.Tests.Serialization;

/// <summary>
/// Mutated sample documents give either a map that round-trips or one <see cref="JourneyFormatException"/>, never
/// anything else, and reading them from a slow stream through a small window gives the same map or fails at the
/// same place. <see cref="Fuzzing"/> sets the number of documents and the logged seed.
/// </summary>
public class JsonFuzzTests(ITestOutputHelper output)
{
    /// <summary>The start of System.Text.Json's syntax errors, which quote as much of the input as the reader holds.</summary>
    private const string NotJson = "The document is not valid JSON:";
    private const string Punctuation = "{}[],:\"\\0-e.";

    private static readonly string[] Tokens =
    [
        "null", "true", "false", "0", "-1", "1e400", "-0", "1.5", "\"\"", "\" \"", "{}", "[]", "{", "}", "[", "]", ",", ":", "\"$type\"",
        "\"\\ud800\"", "\"\\u0000\"", "NaN", "//", "/*", "\"schemaVersion\"", "\"id\"", "\"stages\"", "\"steps\"", "\"emotions\"",
        "\"score\"", "99999999999999999999", "\"persona\"", "\"touchpoints\"", "\"owner\"", "\"transitions\"", "\"kind\"", "\"exit\"",
    ];

    /// <summary>Runs once with the seed of the earlier, fixed runs and once with a new seed each run (0 stands for it).</summary>
    [Theory]
    [InlineData(20261122)]
    [InlineData(0)]
    public void Deserialize_MutatedDocuments_SucceedAndRoundTripOrFailWithFormatException(int fixedSeed)
    {
        var iterations = Fuzzing.Iterations;
        var compact = new JourneyMapJson { Options = new JourneyMapJsonOptions { Indented = false } };
        byte[][] seeds = [JourneyMapJson.Default.SerializeToUtf8Bytes(SampleMaps.Complete()), .. Enumerable.Range(1, 8).Select(s => compact.SerializeToUtf8Bytes(RandomMaps.Build(s)))];
        var seed = fixedSeed == 0 ? Fuzzing.Seed() : fixedSeed;
        output.WriteLine($"Seed {seed}");
        var random = new Random(seed);
        int parsed = 0, rejected = 0;

        for (var i = 0; i < iterations; i++)
        {
            var document = Fuzzing.Mutate(seeds[random.Next(seeds.Length)], random, 1 + random.Next(4), Tokens, Punctuation);
            JourneyMap map;
            try
            {
                map = JourneyMapJson.Default.Deserialize(document);
            }
            catch (JourneyFormatException error)
            {
                rejected++;
                if (i % 5 == 0)
                {
                    var streamed = () => SmallWindow.Json.Deserialize(new TrickleStream(document, 1 + random.Next(64)));
                    var streamError = streamed.Should().Throw<JourneyFormatException>().Which;
                    var because = $"{Fuzzing.Replay(seed, i)} read from a stream must fail at the same place";
                    (streamError.Line, streamError.Column, streamError.JsonPath, streamError.Path, streamError.ElementId).Should().Be((error.Line, error.Column, error.JsonPath, error.Path, error.ElementId), because);
                    if (!error.Reason.StartsWith(NotJson, StringComparison.Ordinal))
                    {
                        streamError.Reason.Should().Be(error.Reason, because);
                    }
                }

                continue;
            }
            catch (Exception ex)
            {
                throw new InvalidOperationException($"{Fuzzing.Replay(seed, i)} threw {ex.GetType().Name} instead of JourneyFormatException for:\n{Encoding.UTF8.GetString(document)}", ex);
            }

            parsed++;
            SmallWindow.Json.Deserialize(new TrickleStream(document, 1 + random.Next(64))).Should().Be(map, $"{Fuzzing.Replay(seed, i)} read from a stream must give the same map");
            JourneyMapJson.Default.Deserialize(JourneyMapJson.Default.SerializeToUtf8Bytes(map)).Should().Be(map, $"{Fuzzing.Replay(seed, i)} parsed, so it must round-trip");
        }

        output.WriteLine($"Seed {seed}, {iterations} mutated documents: {parsed} parsed and round-tripped, {rejected} rejected with JourneyFormatException.");
        parsed.Should().BeGreaterThan(0, "some mutations keep a document valid, so the round trip is exercised");
        rejected.Should().BeGreaterThan(iterations / 2);
    }
}
