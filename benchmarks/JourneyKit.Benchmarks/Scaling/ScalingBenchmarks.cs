using System.Globalization;
using System.Text;
using BenchmarkDotNet.Attributes;
using JourneyKit.Diffing;
using JourneyKit.Rendering;
using JourneyKit.Serialization;
using JourneyKit.Serialization.Csv;
using JourneyKit.Serialization.Json;
using JourneyKit.Serialization.Markdown;
using JourneyKit.Serialization.Mermaid;

namespace JourneyKit.Benchmarks.Scaling;

/// <summary>
/// Every engine on maps of 1,000, 10,000 and 100,000 steps (each step holding a dozen elements), on typical maps and on
/// the worst-case inputs of issue 12: one name repeated for every step, a diff path of N segments, N Mermaid tasks of
/// one name, a Mermaid line of N actors, N merge conflicts.
/// </summary>
/// <remarks>
/// Each invocation works through 100,000 steps' worth of distinct inputs: 100 maps of 1,000 steps, 10 of 10,000 or
/// one of 100,000, so every size runs with the same working set (out of the CPU's caches, as for a product that
/// handles many documents) and the same live heap. Work linear in its input takes the same time and allocates the
/// same bytes in every row; the bar, time and allocations per map at 100,000 steps within 120 times those at 1,000,
/// means a row at 100,000 within 1.2 times the row at 1,000. Each benchmark builds only its own inputs.
/// </remarks>
[MemoryDiagnoser]
public class ScalingBenchmarks
{
    /// <summary>The steps every invocation works through, whatever the size of one map.</summary>
    public const int StepsPerInvocation = 100_000;

    private static readonly JourneyMapMermaid TrustedMermaid = new() { Limits = new ReadLimits { MaxStringLength = 16 * 1024 * 1024 } };
    private static readonly JourneyMapJson CompactJson = new() { Options = new JourneyMapJsonOptions { Indented = false } };

    private JourneyMap[] _maps = [];
    private JourneyMap[] _revisions = [];
    private JourneyDiff[] _diffs = [];
    private JourneyMap[] _ours = [];
    private JourneyMap[] _theirs = [];
    private byte[][] _json = [];
    private string[] _texts = [];

    [Params(1_000, 10_000, 100_000)]
    public int Steps { get; set; }

    private int Maps => StepsPerInvocation / Steps;

    [GlobalSetup(Targets = [nameof(Validate), nameof(Svg), nameof(Html), nameof(Markdown), nameof(Csv)])]
    public void SetupMaps() => _maps = Many(_ => Typical());

    [GlobalSetup(Targets = [nameof(Compare), nameof(Apply)])]
    public void SetupRevisions()
    {
        SetupMaps();
        _revisions = [.. _maps.Select(map => Edit(map, "Changed in the next revision", every: 100))];
        _diffs = [.. _maps.Select((map, i) => JourneyDiff.Compare(map, _revisions[i]))];
        Check(JourneyDiff.Apply(_maps[0], _diffs[0]) == _revisions[0]);
    }

    [GlobalSetup(Target = nameof(MergeEveryStepConflicting))]
    public void SetupMerge()
    {
        SetupMaps();
        _ours = [.. _maps.Select(map => Edit(map, "Ours", every: 1))];
        _theirs = [.. _maps.Select(map => Edit(map, "Theirs", every: 1))];
        Check(JourneyDiff.Merge(_maps[0], _ours[0], _theirs[0]).Conflicts.Count == Steps);
    }

    [GlobalSetup(Target = nameof(ReadJson))]
    public void SetupJson() => _json = Many(_ => CompactJson.SerializeToUtf8Bytes(Typical()));

    [GlobalSetup(Target = nameof(ReadDiffJson))]
    public void SetupDiffJson()
    {
        SetupRevisions();
        _texts = [.. _diffs.Select(diff => new JourneyDiffJson { Indented = false }.Serialize(diff))];
        (_maps, _revisions, _diffs) = ([], [], []);
    }

    [GlobalSetup(Target = nameof(ReadDiffJsonLongPath))]
    public void SetupLongPath() => _texts = Many(_ => """{"diffSchemaVersion":1,"changes":[{"change":"propertyChanged","element":"map","id":"m","property":"title","before":"a","after":"b","path":"""
        + "\"" + string.Concat(Enumerable.Repeat("/a", Steps)) + "\",\"location\":\"the map\"}]}");

    [GlobalSetup(Target = nameof(ReadMermaid))]
    public void SetupMermaid() => _texts = Many(_ => JourneyMapMermaid.Default.Serialize(Typical()));

    [GlobalSetup(Target = nameof(ReadMermaidRepeatedTasks))]
    public void SetupRepeatedTasks() => _texts = Many(_ => "journey\n section S\n" + string.Concat(Enumerable.Repeat("  x: 3\n", Steps)));

    [GlobalSetup(Target = nameof(ReadMermaidManyActors))]
    public void SetupManyActors() => _texts = Many(_ => "journey\n section S\n  Meet everyone: 4: "
        + string.Join(", ", Enumerable.Range(0, Steps).Select(i => "Actor " + i.ToString(CultureInfo.InvariantCulture))) + "\n  Leave: 2: Actor 0\n");

    [Benchmark]
    public int BuildTypical() => Each(_ => Typical().Stages.Count);

    [Benchmark]
    public int BuildRepeatedNames() => Each(_ =>
    {
        var steps = Steps;
        return JourneyMap.Create("Waiting").Stage("Queue", s =>
        {
            for (var i = 0; i < steps; i++)
            {
                s.Step("Wait", st => st.PainPoint("Slow page"));
            }
        }).Build().Stages.Count;
    });

    [Benchmark]
    public int ReadJson() => Each(i => JourneyMapJson.Default.Deserialize(_json[i]).Stages.Count);

    [Benchmark]
    public int ReadDiffJson() => Each(i => JourneyDiffJson.Default.Deserialize(_texts[i]).Changes.Count);

    [Benchmark]
    public int ReadDiffJsonLongPath() => Each(i => JourneyDiffJson.Default.Deserialize(_texts[i]).Changes.Count);

    [Benchmark]
    public int ReadMermaid() => Each(i => JourneyMapMermaid.Default.Deserialize(_texts[i]).Stages.Count);

    [Benchmark]
    public int ReadMermaidRepeatedTasks() => Each(i => JourneyMapMermaid.Default.Deserialize(_texts[i]).Stages.Count);

    /// <summary>N actors on one line: past the default line limit at 100,000, so read with the limit raised, as for a trusted document.</summary>
    [Benchmark]
    public int ReadMermaidManyActors() => Each(i => TrustedMermaid.Deserialize(_texts[i]).Personas.Count);

    [Benchmark]
    public int Validate() => Each(i => Validation.ValidationExtensions.Validate(_maps[i]).Issues.Count);

    [Benchmark]
    public int Compare() => Each(i => JourneyDiff.Compare(_maps[i], _revisions[i]).Changes.Count);

    [Benchmark]
    public int Apply() => Each(i => JourneyDiff.Apply(_maps[i], _diffs[i]).Stages.Count);

    [Benchmark]
    public int MergeEveryStepConflicting() => Each(i => JourneyDiff.Merge(_maps[i], _ours[i], _theirs[i]).Conflicts.Count);

    [Benchmark]
    public int Svg() => Each(i => JourneyMapSvg.Default.Serialize(_maps[i]).Length);

    [Benchmark]
    public int Html() => Each(i => JourneyMapHtml.Default.Serialize(_maps[i]).Length);

    [Benchmark]
    public int Markdown() => Each(i => JourneyMapMarkdown.Default.Serialize(_maps[i]).Length);

    [Benchmark]
    public int Csv() => Each(i => JourneyMapCsv.Default.Serialize(_maps[i]).Length);

    private int Each(Func<int, int> work)
    {
        var total = 0;
        for (var i = 0; i < Maps; i++)
        {
            total += work(i);
        }

        return total;
    }

    private T[] Many<T>(Func<int, T> make) => [.. Enumerable.Range(0, Maps).Select(make)];

    /// <summary>A map of the benchmark's shape with its own strings, so maps of one batch share nothing.</summary>
    private JourneyMap Typical() => FluentConstruction.Build(new MapShape(Steps));

    private static JourneyMap Edit(JourneyMap map, string description, int every)
    {
        var builder = map.ToBuilder();
        var index = 0;
        foreach (var stage in map.Stages)
        {
            var edits = stage.Steps.Where(_ => index++ % every == 0).Select(step => step.Id).ToList();
            if (edits.Count > 0)
            {
                builder.EditStage(stage.Id, s =>
                {
                    foreach (var id in edits)
                    {
                        s.EditStep(id, st => st.Description(new StringBuilder(description).Append(' ').Append(id).ToString()));
                    }
                });
            }
        }

        return builder.Build();
    }

    private static void Check(bool holds)
    {
        if (!holds)
        {
            throw new InvalidOperationException("The scaling inputs are not what the benchmarks say.");
        }
    }
}
