using BenchmarkDotNet.Attributes;
using JourneyKit.Localization;
using JourneyKit.Rendering;

namespace JourneyKit.Benchmarks.Rendering;

/// <summary>
/// Drawing the same map as SVG in English (the baseline), German and Simplified Chinese, to a reused memory stream, at
/// 150 and 1,000 steps. The bar (issue 18): every language within 1.1x of English, so localisation costs nothing measurable.
/// </summary>
#pragma warning disable CA1001 // BenchmarkDotNet runs each benchmark class in its own process, which ends with the benchmark.
[MemoryDiagnoser]
public class LanguageBenchmarks
{
    private readonly MemoryStream _output = new();
    private readonly JourneyMapSvg _english = new() { Options = RenderOptions.Default with { Language = JourneyLanguage.English } };
    private readonly JourneyMapSvg _german = new() { Options = RenderOptions.Default with { Language = JourneyLanguage.German } };
    private readonly JourneyMapSvg _chinese = new() { Options = RenderOptions.Default with { Language = JourneyLanguage.SimplifiedChinese } };
    private JourneyMap _map = null!;

    [Params(150, 1_000)]
    public int Steps { get; set; }

    [GlobalSetup]
    public void Setup() => _map = FluentConstruction.Build(new MapShape(Steps));

    [Benchmark(Baseline = true)]
    public long English() => Draw(_english);

    [Benchmark]
    public long German() => Draw(_german);

    [Benchmark]
    public long Chinese() => Draw(_chinese);

    private long Draw(JourneyMapSvg writer)
    {
        _output.SetLength(0);
        writer.Serialize(_map, _output);
        return _output.Length;
    }
}
