using BenchmarkDotNet.Attributes;
using JourneyKit.Rendering;
using JourneyKit.Serialization.Json;

namespace JourneyKit.Benchmarks.Rendering;

/// <summary>
/// Drawing a map as SVG against writing the same map as canonical JSON (the baseline), both to a reused memory stream,
/// at 10, 150 and 1,000 steps. The bar: SVG within 3x of JSON, and growing linearly with the steps.
/// </summary>
#pragma warning disable CA1001 // BenchmarkDotNet runs each benchmark class in its own process, which ends with the benchmark.
[MemoryDiagnoser]
public class RenderBenchmarks
{
    private readonly MemoryStream _output = new();
    private JourneyMap _map = null!;

    [Params(10, 150, 1_000)]
    public int Steps { get; set; }

    [GlobalSetup]
    public void Setup() => _map = FluentConstruction.Build(new MapShape(Steps));

    [Benchmark(Baseline = true)]
    public long Json()
    {
        _output.SetLength(0);
        JourneyMapJson.Default.Serialize(_map, _output);
        return _output.Length;
    }

    [Benchmark]
    public long Svg()
    {
        _output.SetLength(0);
        JourneyMapSvg.Default.Serialize(_map, _output);
        return _output.Length;
    }
}
