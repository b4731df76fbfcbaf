using System.Globalization;
using System.Text;
using JourneyKit.Serialization;
using JourneyKit.Serialization.Json;
using JourneyKit.Tests.Support;
using Xunit.Abstractions;

namespace JourneyKit.Tests.Serialization;

/// <summary>
/// Mutated sample documents give either a map that round-trips or one <see cref="JourneyFormatException"/>, never
/// anything else, and reading them from a slow stream through a small window gives the same map or fails at the
/// same place. Set JOURNEYKIT_FUZZ_ITERATIONS to run
/// more than the default, and JOURNEYKIT_FUZZ_SEED to try other mutations.
/// </summary>
public class JsonFuzzTests(ITestOutputHelper output)
{
    private const int DefaultIterations = 5_000;
    /// <summary>The start of System.Text.Json's syntax errors, which quote as much of the input as the reader holds.</summary>
    private const string NotJson = "The document is not valid JSON:";
    private const string Punctuation = "{}[],:\"\\0-e.";

    private static readonly string[] Tokens =
    [
        "null", "true", "false", "0", "-1", "1e400", "-0", "1.5", "\"\"", "\" \"", "{}", "[]", "{", "}", "[", "]", ",", ":", "\"$type\"",
        "\"\\ud800\"", "\"\\u0000\"", "NaN", "//", "/*", "\"schemaVersion\"", "\"id\"", "\"stages\"", "\"steps\"", "\"emotions\"",
        "\"score\"", "99999999999999999999", "\"persona\"", "\"touchpoints\"", "\"owner\"", "\"transitions\"", "\"kind\"", "\"exit\"",
    ];

    [Fact]
    public void Deserialize_MutatedDocuments_SucceedAndRoundTripOrFailWithFormatException()
    {
        var iterations = int.TryParse(Environment.GetEnvironmentVariable("JOURNEYKIT_FUZZ_ITERATIONS"), NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : DefaultIterations;
        var compact = new JourneyMapJson(new JourneyMapJsonOptions(indented: false));
        byte[][] seeds = [JourneyMapJson.Default.SerializeToUtf8Bytes(SampleMaps.Complete()), .. Enumerable.Range(1, 8).Select(s => compact.SerializeToUtf8Bytes(RandomMaps.Build(s)))];
        var seed = int.TryParse(Environment.GetEnvironmentVariable("JOURNEYKIT_FUZZ_SEED"), NumberStyles.None, CultureInfo.InvariantCulture, out var s) ? s : 20261122;
        var random = new Random(seed);
        int parsed = 0, rejected = 0;

        for (var i = 0; i < iterations; i++)
        {
            var document = Mutate(seeds[random.Next(seeds.Length)], random, 1 + random.Next(4));
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
                    var streamed = () => SmallWindow.Json.Read(new TrickleStream(document, 1 + random.Next(64)));
                    var streamError = streamed.Should().Throw<JourneyFormatException>().Which;
                    var because = $"iteration {i} read from a stream must fail at the same place";
                    (streamError.Line, streamError.Column, streamError.Path, streamError.ElementId).Should().Be((error.Line, error.Column, error.Path, error.ElementId), because);
                    if (!error.Reason.StartsWith(NotJson, StringComparison.Ordinal))
                    {
                        streamError.Reason.Should().Be(error.Reason, because);
                    }
                }

                continue;
            }
            catch (Exception ex)
            {
                throw new InvalidOperationException($"Iteration {i} threw {ex.GetType().Name} instead of JourneyFormatException for:\n{Encoding.UTF8.GetString(document)}", ex);
            }

            parsed++;
            SmallWindow.Json.Read(new TrickleStream(document, 1 + random.Next(64))).Should().Be(map, $"iteration {i} read from a stream must give the same map");
            JourneyMapJson.Default.Deserialize(JourneyMapJson.Default.SerializeToUtf8Bytes(map)).Should().Be(map, $"iteration {i} parsed, so it must round-trip");
        }

        output.WriteLine($"Seed {seed}, {iterations} mutated documents: {parsed} parsed and round-tripped, {rejected} rejected with JourneyFormatException.");
        parsed.Should().BeGreaterThan(0, "some mutations keep a document valid, so the round trip is exercised");
        rejected.Should().BeGreaterThan(iterations / 2);
    }

    private static byte[] Mutate(byte[] seed, Random random, int mutations)
    {
        var bytes = new List<byte>(seed);
        for (var m = 0; m < mutations && bytes.Count > 0; m++)
        {
            var at = random.Next(bytes.Count);
            switch (random.Next(7))
            {
                case 0:
                    bytes[at] = (byte)random.Next(256);
                    break;
                case 1:
                    bytes.RemoveRange(at, Math.Min(random.Next(1, 40), bytes.Count - at));
                    break;
                case 2:
                    bytes.InsertRange(at, Encoding.UTF8.GetBytes(Tokens[random.Next(Tokens.Length)]));
                    break;
                case 3:
                    var length = Math.Min(random.Next(1, 200), bytes.Count - at);
                    bytes.InsertRange(random.Next(bytes.Count), bytes.GetRange(at, length));
                    break;
                case 4:
                    bytes[at] = (byte)Punctuation[random.Next(Punctuation.Length)];
                    break;
                case 5:
                    if (char.IsAsciiDigit((char)bytes[at]))
                    {
                        bytes.InsertRange(at, "9999999"u8.ToArray());
                    }

                    break;
                default:
                    var other = random.Next(bytes.Count);
                    (bytes[at], bytes[other]) = (bytes[other], bytes[at]);
                    break;
            }
        }

        return [.. bytes];
    }
}
