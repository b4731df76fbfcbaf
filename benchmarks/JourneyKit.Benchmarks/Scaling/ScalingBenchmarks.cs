using System.Globalization;
using System.Text;
using BenchmarkDotNet.Attributes;
using JourneyKit.Diffing;
using JourneyKit.Rendering;
using JourneyKit.Serialization.Csv;
using JourneyKit.Serialization.Json;
using JourneyKit.Serialization.Markdown;
using JourneyKit.Serialization.Mermaid;
using JourneyKit.Validation;

namespace JourneyKit.Benchmarks.Scaling;

/// <summary>
/// Every engine at 1,000, 10,000 and 100,000 steps (each step holding a dozen elements), on typical maps and on the
/// worst-case inputs of issue 12: names repeated thousands of times, one diff path of N segments, a Mermaid line of N
/// actors, N merge conflicts. The bar: time and allocations at 100,000 within 120 times those at 1,000 (linear work
/// gives 100 times).
/// </summary>
[MemoryDiagnoser]
public class ScalingBenchmarks
{
    private static readonly JourneyMapMermaid TrustedMermaid = new(new JourneyKit.Serialization.ReadLimits { MaxStringLength = 16 * 1024 * 1024 });

    private JourneyMap _map = null!;
    private JourneyMap _revision = null!;
    private JourneyDiff _diff = null!;
    private byte[] _json = null!;
    private string _diffJson = null!;
    private string _longPathDiffJson = null!;
    private string _mermaid = null!;
    private string _repeatedTasks = null!;
    private string _manyActors = null!;
    private JourneyMap _ours = null!;
    private JourneyMap _theirs = null!;

    [Params(1_000, 10_000, 100_000)]
    public int Steps { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _map = FluentConstruction.Build(new MapShape(Steps));
        _revision = EditEveryHundredthStep(_map, "Changed in the next revision");
        _diff = JourneyDiff.Compare(_map, _revision);
        _json = new JourneyMapJson(new JourneyMapJsonOptions(indented: false)).SerializeToUtf8Bytes(_map);
        _diffJson = JourneyDiffJson.Serialize(_diff, indented: false);
        _longPathDiffJson = """{"diffSchemaVersion":1,"changes":[{"change":"propertyChanged","element":"map","id":"m","property":"title","before":"a","after":"b","path":"""
            + "\"" + string.Concat(Enumerable.Repeat("/a", Steps)) + "\",\"location\":\"the map\"}]}";
        _mermaid = JourneyMapMermaid.Default.Serialize(_map);
        _repeatedTasks = "journey\n section S\n" + string.Concat(Enumerable.Repeat("  x: 3\n", Steps));
        _manyActors = "journey\n section S\n  Meet everyone: 4: "
            + string.Join(", ", Enumerable.Range(0, Steps).Select(i => "Actor " + i.ToString(CultureInfo.InvariantCulture))) + "\n  Leave: 2: Actor 0\n";
        _ours = EditEveryStep(_map, "Ours");
        _theirs = EditEveryStep(_map, "Theirs");
        if (JourneyDiff.Apply(_map, _diff) != _revision || JourneyDiff.Merge(_map, _ours, _theirs).Conflicts.Count != Steps)
        {
            throw new InvalidOperationException("The scaling inputs are not what the benchmarks say.");
        }
    }

    [Benchmark]
    public JourneyMap BuildTypical() => FluentConstruction.Build(new MapShape(Steps));

    [Benchmark]
    public JourneyMap BuildRepeatedNames()
    {
        var steps = Steps;
        return JourneyMap.Create("Waiting").Stage("Queue", s =>
        {
            for (var i = 0; i < steps; i++)
            {
                s.Step("Wait", st => st.PainPoint("Slow page"));
            }
        }).Build();
    }

    [Benchmark]
    public JourneyMap ReadJson() => JourneyMapJson.Default.Deserialize(_json);

    [Benchmark]
    public JourneyDiff ReadDiffJson() => JourneyDiffJson.Deserialize(_diffJson);

    [Benchmark]
    public JourneyDiff ReadDiffJsonLongPath() => JourneyDiffJson.Deserialize(_longPathDiffJson);

    [Benchmark]
    public JourneyMap ReadMermaid() => JourneyMapMermaid.Default.Deserialize(_mermaid);

    [Benchmark]
    public JourneyMap ReadMermaidRepeatedTasks() => JourneyMapMermaid.Default.Deserialize(_repeatedTasks);

    /// <summary>N actors on one line: past the default line limit at 100,000, so read with the limit raised, as for a trusted document.</summary>
    [Benchmark]
    public JourneyMap ReadMermaidManyActors() => TrustedMermaid.Deserialize(_manyActors);

    [Benchmark]
    public ValidationReport Validate() => _map.Validate();

    [Benchmark]
    public JourneyDiff Compare() => JourneyDiff.Compare(_map, _revision);

    [Benchmark]
    public JourneyMap Apply() => JourneyDiff.Apply(_map, _diff);

    [Benchmark]
    public MergeResult MergeEveryStepConflicting() => JourneyDiff.Merge(_map, _ours, _theirs);

    [Benchmark]
    public string Svg() => JourneyMapSvg.Default.Render(_map);

    [Benchmark]
    public string Html() => JourneyMapHtml.Default.Render(_map);

    [Benchmark]
    public string Markdown() => JourneyMapMarkdown.Default.Serialize(_map);

    [Benchmark]
    public string Csv() => JourneyMapCsv.Default.Serialize(_map);

    private static JourneyMap EditEveryHundredthStep(JourneyMap map, string description) => Edit(map, description, every: 100);

    private static JourneyMap EditEveryStep(JourneyMap map, string description) => Edit(map, description, every: 1);

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
}
