using System.Globalization;
using System.Text;

namespace JourneyKit.Tests.Support;

/// <summary>
/// Shared settings and mutations for the fuzz tests of every reader: how many documents (20,000 per reader unless
/// JOURNEYKIT_FUZZ_ITERATIONS says otherwise) and the seed (a new one each run, logged, unless JOURNEYKIT_FUZZ_SEED
/// fixes it, so a failure found in CI can be run again).
/// </summary>
public static class Fuzzing
{
    public const int DefaultIterations = 20_000;

    public static int Iterations { get; } =
        int.TryParse(Environment.GetEnvironmentVariable("JOURNEYKIT_FUZZ_ITERATIONS"), NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : DefaultIterations;

    /// <summary>Gets the seed for one test: the fixed one when set, otherwise a fresh one to be logged.</summary>
    public static int Seed() =>
        int.TryParse(Environment.GetEnvironmentVariable("JOURNEYKIT_FUZZ_SEED"), NumberStyles.None, CultureInfo.InvariantCulture, out var s) ? s : Random.Shared.Next();

    /// <summary>Says how to run a failing iteration again.</summary>
    public static string Replay(int seed, int iteration) => string.Create(CultureInfo.InvariantCulture, $"iteration {iteration} (run again with JOURNEYKIT_FUZZ_SEED={seed})");

    /// <summary>Mutates a document a few times: random or punctuation bytes, cuts, inserted tokens, copied spans, swaps, long numbers.</summary>
    public static byte[] Mutate(byte[] seed, Random random, int mutations, IReadOnlyList<string> tokens, string punctuation)
    {
        ArgumentNullException.ThrowIfNull(seed);
        ArgumentNullException.ThrowIfNull(random);
        ArgumentNullException.ThrowIfNull(tokens);
        ArgumentNullException.ThrowIfNull(punctuation);
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
                    bytes.InsertRange(at, Encoding.UTF8.GetBytes(tokens[random.Next(tokens.Count)]));
                    break;
                case 3:
                    var length = Math.Min(random.Next(1, 200), bytes.Count - at);
                    bytes.InsertRange(random.Next(bytes.Count), bytes.GetRange(at, length));
                    break;
                case 4:
                    bytes[at] = (byte)punctuation[random.Next(punctuation.Length)];
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
