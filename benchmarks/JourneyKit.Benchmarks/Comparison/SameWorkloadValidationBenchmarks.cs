using BenchmarkDotNet.Attributes;
using JourneyKit.Validation;

namespace JourneyKit.Benchmarks.Comparison;

/// <summary>
/// Validation with a workload that means the same on earlier commits: the clean map as it was before evidence (no
/// evidence to walk), checked by the default rules without the evidence rule (JK1028), which earlier commits do not
/// have. benchmarks/results/issue-14-before-after.md says how to run it on an older commit.
/// </summary>
[MemoryDiagnoser]
public class SameWorkloadValidationBenchmarks
{
    private JourneyMap _map = null!;
    private ValidationRuleSet _rules = null!;

    [Params(1_000, 100_000)]
    public int Steps { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _map = CleanMaps.Build(Steps, evidence: false);
        _rules = ValidationRuleSet.Default.Rules.Any(r => r.Info.Id == "JK1028") ? ValidationRuleSet.Default.Without("JK1028") : ValidationRuleSet.Default;
        if (!_map.Validate(_rules).Issues.IsEmpty)
        {
            throw new InvalidOperationException("The map must be clean for the rules compared.");
        }
    }

    [Benchmark]
    public bool DefaultRulesBeforeEvidence() => _map.Validate(_rules).IsValid;
}
