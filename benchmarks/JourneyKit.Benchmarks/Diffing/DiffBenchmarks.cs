using BenchmarkDotNet.Attributes;
using JourneyKit.Diffing;
using JourneyKit.Serialization.Json;
using JsonDiffPatchDotNet;
using Newtonsoft.Json.Linq;

namespace JourneyKit.Benchmarks.Diffing;

/// <summary>
/// Comparing two revisions of a map that differ in 1% of their steps: JourneyKit's diff (the baseline) against
/// JsonDiffPatch.Net diffing the same revisions' JSON (parsed beforehand), and against the model's own equality check,
/// which must look at everything: once between equal maps (the whole walk) and once between the two revisions (it
/// stops at the first difference).
/// </summary>
[MemoryDiagnoser]
public class DiffBenchmarks
{
    private readonly JsonDiffPatch _jsonDiffPatch = new();
    private JourneyMap _before = null!;
    private JourneyMap _beforeTwin = null!;
    private JourneyMap _after = null!;
    private JToken _beforeJson = null!;
    private JToken _afterJson = null!;

    [Params(1_000, 10_000)]
    public int Steps { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        (_before, _beforeTwin, _after) = (Revisions.Build(Steps, false), Revisions.Build(Steps, false), Revisions.Build(Steps, true));
        var json = new JourneyMapJson { Options = new JourneyMapJsonOptions { Indented = false } };
        _beforeJson = JToken.Parse(json.Serialize(_before));
        _afterJson = JToken.Parse(json.Serialize(_after));
        DiffChecks.Check(_before, _beforeTwin, _after, Steps);
        if (_jsonDiffPatch.Diff(_beforeJson, _afterJson) is null)
        {
            throw new InvalidOperationException("JsonDiffPatch found no difference.");
        }
    }

    [Benchmark(Baseline = true)]
    public JourneyDiff JourneyKitCompare() => JourneyDiff.Compare(_before, _after);

    [Benchmark]
    public JToken JsonDiffPatchDiff() => _jsonDiffPatch.Diff(_beforeJson, _afterJson);

    [Benchmark]
    public bool EqualsWholeMap() => _before.Equals(_beforeTwin);

    [Benchmark]
    public bool EqualsUntilFirstDifference() => _before.Equals(_after);
}

/// <summary>The same comparison at 100,000 steps, where JsonDiffPatch.Net does not finish (see the results' README).</summary>
[MemoryDiagnoser]
public class LargeDiffBenchmarks
{
    private JourneyMap _before = null!;
    private JourneyMap _beforeTwin = null!;
    private JourneyMap _after = null!;

    [Params(100_000)]
    public int Steps { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        (_before, _beforeTwin, _after) = (Revisions.Build(Steps, false), Revisions.Build(Steps, false), Revisions.Build(Steps, true));
        DiffChecks.Check(_before, _beforeTwin, _after, Steps);
    }

    [Benchmark(Baseline = true)]
    public JourneyDiff JourneyKitCompare() => JourneyDiff.Compare(_before, _after);

    [Benchmark]
    public bool EqualsWholeMap() => _before.Equals(_beforeTwin);

    [Benchmark]
    public bool EqualsUntilFirstDifference() => _before.Equals(_after);
}

/// <summary>Checks the revisions are what the benchmarks say they are, before anything is measured.</summary>
internal static class DiffChecks
{
    public static void Check(JourneyMap before, JourneyMap twin, JourneyMap after, int steps)
    {
        if (!before.Equals(twin) || ReferenceEquals(before.Stages[0].Steps[0].Name, twin.Stages[0].Steps[0].Name))
        {
            throw new InvalidOperationException("The twin must be equal and share no strings.");
        }

        var diff = JourneyDiff.Compare(before, after);
        if (JourneyDiff.Apply(before, diff) != after || diff.Changes.Count(c => c.IsInferred) != steps / 500)
        {
            throw new InvalidOperationException($"The diff does not give the newer revision or misses renames: {diff.Changes.Count} changes.");
        }
    }
}
