using BenchmarkDotNet.Attributes;
using JourneyKit.Analysis;
using JourneyKit.Validation;

namespace JourneyKit.Benchmarks.Analysis;

/// <summary>
/// Analysing maps of 1,000, 10,000 and 100,000 steps with transitions (every tenth step branches over the next with a
/// share of 0.1, every fiftieth loses 5% by an exit, every hundredth loops back three steps for 5%), against validating
/// the same map with the default rules (the baseline, a whole walk over the map). The bar (issue 19): the analysis grows
/// linearly with the steps; listing routes stops at the limit, here 10,000 routes.
/// </summary>
[MemoryDiagnoser]
public class AnalysisBenchmarks
{
    private static readonly AnalysisOptions TenThousandRoutes = AnalysisOptions.Default with { MaxRoutes = 10_000 };
    private JourneyMap _map = null!;

    [Params(1_000, 10_000, 100_000)]
    public int Steps { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var shape = new MapShape(Steps);
        var builder = FluentConstruction.Build(shape).ToBuilder();
        for (var i = 0; i + 2 < Steps; i++)
        {
            var step = shape.StepIds[i];
            if (i % 10 == 5)
            {
                builder.Branch(step, shape.StepIds[i + 2], share: 0.1m);
            }

            if (i % 50 == 7)
            {
                builder.Exit(step, share: 0.05m);
            }

            if (i % 100 == 99)
            {
                builder.Loop(step, shape.StepIds[i - 3], share: 0.05m);
            }
        }

        _map = builder.Build();
        var analysis = _map.Analyze(TenThousandRoutes);
        if (!analysis.Routes.IsTruncated || analysis.Routes.Routes.Count != 10_000)
        {
            throw new InvalidOperationException("The benchmark map must have more routes than the limit.");
        }
    }

    [Benchmark(Baseline = true)]
    public ValidationReport Validate() => _map.Validate();

    [Benchmark]
    public JourneyAnalysis Analyze() => _map.Analyze(TenThousandRoutes);
}
