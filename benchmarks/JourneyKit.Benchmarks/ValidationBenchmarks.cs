using BenchmarkDotNet.Attributes;
using JourneyKit.Validation;

namespace JourneyKit.Benchmarks;

/// <summary>Validating clean maps: the default rule set, and five rules against FluentValidation checking the same five.</summary>
[MemoryDiagnoser]
public class ValidationBenchmarks
{
    private JourneyMap _map = null!;
    private MapValidator _fluentValidation = null!;

    [Params(1_000, 100_000)]
    public int Steps { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _map = CleanMaps.Build(Steps);
        _fluentValidation = new MapValidator();
        var journeyKit = _map.Validate(FiveRules.JourneyKit);
        var peer = _fluentValidation.Validate(_map);
        if (!journeyKit.Issues.IsEmpty || !peer.IsValid || !_map.Validate().Issues.IsEmpty)
        {
            throw new InvalidOperationException("The benchmark maps must be clean for both libraries and for the default rule set.");
        }
    }

    [Benchmark(Baseline = true)]
    public bool FluentValidationFiveRules() => _fluentValidation.Validate(_map).IsValid;

    [Benchmark]
    public bool JourneyKitFiveRules() => _map.Validate(FiveRules.JourneyKit).IsValid;

    [Benchmark]
    public bool JourneyKitDefaultRules() => _map.Validate().IsValid;
}
