using System.Diagnostics;
using JourneyKit.Diffing;
using JourneyKit.Serialization.Json;
using JsonDiffPatchDotNet;
using Newtonsoft.Json.Linq;

namespace JourneyKit.Benchmarks.Diffing;

/// <summary>Times one JsonDiffPatch.Net diff of the benchmark revisions, giving up after a time limit.</summary>
public static class JsonDiffPatchProbe
{
    public static void Run(int steps, TimeSpan limit)
    {
        var before = Revisions.Build(steps, false);
        var after = Revisions.Build(steps, true);
        var json = new JourneyMapJson { Options = new JourneyMapJsonOptions { Indented = false } };
        var beforeJson = JToken.Parse(json.Serialize(before));
        var afterJson = JToken.Parse(json.Serialize(after));

        var clock = Stopwatch.StartNew();
        JourneyDiff.Compare(before, after);
        Console.WriteLine($"JourneyKit, {steps:N0} steps: {clock.Elapsed.TotalMilliseconds:N1} ms (one cold run)");

        clock.Restart();
        var worker = new Thread(() => new JsonDiffPatch().Diff(beforeJson, afterJson)) { IsBackground = true };
        worker.Start();
        Console.WriteLine(worker.Join(limit)
            ? $"JsonDiffPatch.Net, {steps:N0} steps: {clock.Elapsed.TotalSeconds:N1} s (one run)"
            : $"JsonDiffPatch.Net, {steps:N0} steps: did not finish in {limit.TotalMinutes:N0} minutes; stopped");
    }
}
