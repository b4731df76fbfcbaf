using System.Text;
using JourneyKit.Diffing;
using JourneyKit.Serialization;
using JourneyKit.Serialization.Json;
using JourneyKit.Tests.Support;

namespace JourneyKit.Tests.Serialization;

/// <summary>
/// Mutated diff documents: reading gives a diff or a <see cref="JourneyFormatException"/>; applying what was read
/// gives a sound map or a <see cref="JourneyPatchException"/>. Nothing else, whatever the document.
/// </summary>
public class DiffJsonFuzzTests(ITestOutputHelper output)
{
    private static readonly string[] Tokens =
    [
        "null", "true", "0", "-1", "99", "1e400", "\"\"", "\" \"", "{}", "[]", "{", "}", "[", "]", ",", ":", "\"\\udc00\"", "\"\\u0000\"",
        "\"change\"", "\"added\"", "\"removed\"", "\"moved\"", "\"renamed\"", "\"reordered\"", "\"propertyChanged\"", "\"element\"", "\"map\"",
        "\"step\"", "\"stage\"", "\"persona\"", "\"from\"", "\"to\"", "\"index\"", "\"before\"", "\"after\"", "\"path\"", "\"/\"", "\"/a//b\"",
        "\"score\"", "\"emotions\"", "\"touchpoints\"", "\"id\"", "\"previousId\"", "\"property\"",
    ];

    private const string Punctuation = "{}[],:\"\\0-e./";

    [Fact]
    public void ReadAndApply_MutatedDiffs_GiveDocumentedOutcomesOnly()
    {
        var pairs = Enumerable.Range(1, 8)
            .Select(s => RandomMaps.Build(s, maxStages: 4, maxStepsPerStage: 4))
            .Select((map, s) => (Base: map, Diff: JourneyDiff.Compare(map, MapEdits.Edit(map, s, 6))))
            .Where(p => !p.Diff.IsEmpty)
            .Select(p => (p.Base, Document: Encoding.UTF8.GetBytes(new JourneyDiffJson { Indented = false }.Serialize(p.Diff))))
            .ToList();
        var seed = Fuzzing.Seed();
        output.WriteLine($"Seed {seed}");
        var random = new Random(seed);
        int refused = 0, applied = 0, drifted = 0;
        for (var i = 0; i < Fuzzing.Iterations; i++)
        {
            var (@base, source) = pairs[random.Next(pairs.Count)];
            var document = Fuzzing.Mutate(source, random, 1 + random.Next(4), Tokens, Punctuation);
            try
            {
                JourneyDiff diff;
                try
                {
                    diff = JourneyDiffJson.Default.Deserialize(new MemoryStream(document));
                }
                catch (JourneyFormatException)
                {
                    refused++;
                    continue;
                }

                JourneyDiff.FindDrift(@base, diff);
                try
                {
                    var map = JourneyDiff.Apply(@base, diff);
                    map.ToBuilder().Build().Should().Be(map, $"{Fuzzing.Replay(seed, i)} applied, so the map must be sound");
                    JourneyMapJson.Default.Deserialize(JourneyMapJson.Default.Serialize(map)).Should().Be(map, $"{Fuzzing.Replay(seed, i)} applied, so the map must round-trip through JSON");
                    applied++;
                }
                catch (JourneyPatchException)
                {
                    drifted++;
                }
            }
            catch (Exception ex) when (ex is not Xunit.Sdk.XunitException)
            {
                throw new InvalidOperationException($"{Fuzzing.Replay(seed, i)} threw {ex.GetType().Name} for:\n{Encoding.UTF8.GetString(document)}", ex);
            }
        }

        output.WriteLine($"Seed {seed}, {Fuzzing.Iterations} mutated diffs: {refused} refused on reading, {applied} applied, {drifted} refused by Apply.");
        applied.Should().BeGreaterThan(0);
        (refused + drifted).Should().BeGreaterThan(Fuzzing.Iterations / 2);
    }
}
