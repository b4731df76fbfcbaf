using BenchmarkDotNet.Attributes;

namespace JourneyKit.Benchmarks;

/// <summary>Building a map with the fluent builder, against constructing the same model directly.</summary>
[MemoryDiagnoser]
public class BuildBenchmarks
{
    private MapShape _shape = null!;

    [Params(10, 1_000, 100_000)]
    public int Steps { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _shape = new MapShape(Steps);
        if (Builder() != Direct())
        {
            throw new InvalidOperationException("The builder and the direct construction must give equal maps.");
        }
    }

    [Benchmark(Baseline = true)]
    public JourneyMap Direct() => DirectConstruction.Build(_shape);

    [Benchmark]
    public JourneyMap Builder() => FluentConstruction.Build(_shape);
}
