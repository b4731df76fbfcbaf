using System.Globalization;

namespace JourneyKit.Benchmarks;

/// <summary>
/// The text of a map of a given size, prepared once so that both ways of building it pay only for building:
/// ten steps a stage, each with two actions, a thought, an emotion, two touchpoints, a pain point, an
/// opportunity that addresses it, an owner and a back-stage system; each stage with an owner and a metric.
/// </summary>
public sealed class MapShape
{
    public const int StepsPerStage = 10;
    public const int TouchpointCount = 10;
    public const int OwnerCount = 5;

    public MapShape(int steps)
    {
        Steps = steps;
        Stages = (steps + StepsPerStage - 1) / StepsPerStage;
        StageNames = Names(Stages, "Stage {0}");
        StageIds = Names(Stages, "stage-{0}");
        StageMetricNames = Names(Stages, "Stage {0} conversion");
        StageMetricIds = Names(Stages, "stage-{0}-conversion");
        StepNames = Names(steps, "Customer takes step {0}");
        StepIds = Names(steps, "customer-takes-step-{0}");
        PainNames = Names(steps, "Friction at step {0}");
        PainIds = Names(steps, "friction-at-step-{0}");
        OpportunityNames = Names(steps, "Remove friction {0}");
        OpportunityIds = Names(steps, "remove-friction-{0}");
        SystemNames = Names(steps, "System {0}");
        SystemIds = Names(steps, "system-{0}");
        TouchpointNames = Names(TouchpointCount, "Touchpoint {0}");
        TouchpointIds = Names(TouchpointCount, "touchpoint-{0}");
        OwnerNames = Names(OwnerCount, "Team {0}");
        OwnerIds = Names(OwnerCount, "team-{0}");
    }

    public int Steps { get; }

    public int Stages { get; }

    public string[] StageNames { get; }

    public string[] StageIds { get; }

    public string[] StageMetricNames { get; }

    public string[] StageMetricIds { get; }

    public string[] StepNames { get; }

    public string[] StepIds { get; }

    public string[] PainNames { get; }

    public string[] PainIds { get; }

    public string[] OpportunityNames { get; }

    public string[] OpportunityIds { get; }

    public string[] SystemNames { get; }

    public string[] SystemIds { get; }

    public string[] TouchpointNames { get; }

    public string[] TouchpointIds { get; }

    public string[] OwnerNames { get; }

    public string[] OwnerIds { get; }

    public const string Title = "Benchmark journey";
    public const string FirstAction = "Reads the page";
    public const string SecondAction = "Clicks next";
    public const string Thought = "Is this the right place?";
    public const string Feeling = "unsure";
    public const string ChannelName = "Web";

    public int Score(int step) => (step % 5) - 2;

    public int FirstTouchpoint(int step) => step % TouchpointCount;

    public int SecondTouchpoint(int step) => (step + 1) % TouchpointCount;

    public int Owner(int index) => index % OwnerCount;

    public int StepCount(int stage) => Math.Min(StepsPerStage, Steps - (stage * StepsPerStage));

    private static string[] Names(int count, string format) =>
        [.. Enumerable.Range(0, count).Select(i => string.Format(CultureInfo.InvariantCulture, format, i))];
}
