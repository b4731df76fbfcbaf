namespace JourneyKit.Validation.Rules;

/// <summary>A rule that looks at every metric, of stages and of steps, in document order.</summary>
internal abstract class MetricRule(string id, string title, IssueSeverity severity, string rationale, string fix)
    : WalkingRule(id, title, severity, RuleCategory.Measurement, rationale, fix)
{
    public sealed override bool VisitsStages => true;

    public sealed override bool VisitsSteps => true;

    public sealed override void VisitStage(RuleContext context, Stage stage)
    {
        foreach (var metric in stage.Metrics)
        {
            Check(context, stage, null, metric);
        }
    }

    public sealed override void VisitStep(RuleContext context, Stage stage, Step step)
    {
        foreach (var metric in step.Metrics)
        {
            Check(context, stage, step, metric);
        }
    }

    protected abstract void Check(RuleContext context, Stage stage, Step? step, Metric metric);
}

internal sealed class MetricWithoutTargetRule() : MetricRule(
    "JK1014", "Metric has no target", IssueSeverity.Warning,
    "A measure without a target cannot tell whether the stage is served well enough, nor when an improvement is done.",
    "Set the value the team aims for with .Target(...).")
{
    protected override void Check(RuleContext context, Stage stage, Step? step, Metric metric)
    {
        if (metric.Target is null)
        {
            context.Report(ValidationLocation.Of(stage, step, metric), $"Metric '{metric.Name}' ({metric.Id}) has no target; set the value the team aims for with .Target(...).");
        }
    }
}

internal sealed class MetricWithoutUnitRule() : MetricRule(
    "JK1015", "Metric has no unit", IssueSeverity.Info,
    "Without a unit, 4 could be minutes, points or percent: readers misread the metric and its target.",
    "Set the unit with .Unit(\"%\"), .Unit(\"min\"), .Unit(\"points\")...")
{
    protected override void Check(RuleContext context, Stage stage, Step? step, Metric metric)
    {
        if (metric.Unit is null)
        {
            context.Report(ValidationLocation.Of(stage, step, metric), $"Metric '{metric.Name}' ({metric.Id}) has no unit; set one with .Unit(\"...\") so its values can be read.");
        }
    }
}

internal sealed class PercentageOutOfRangeRule() : MetricRule(
    "JK1016", "Percentage outside 0..100", IssueSeverity.Error,
    "A percentage below 0 or above 100 is a data error (often a fraction written as a percentage, or the reverse) that makes the metric meaningless.",
    "Write percentages between 0 and 100, such as 12.5 for 12.5 %.")
{
    protected override void Check(RuleContext context, Stage stage, Step? step, Metric metric)
    {
        if (metric.Unit != "%")
        {
            return;
        }

        Check(context, stage, step, metric, "target", metric.Target);
        Check(context, stage, step, metric, "actual", metric.Actual);
    }

    private static void Check(RuleContext context, Stage stage, Step? step, Metric metric, string property, decimal? value)
    {
        if (value is < 0m or > 100m)
        {
            context.Report(ValidationLocation.Of(stage, step, metric).Property(property), $"Metric '{metric.Name}' ({metric.Id}) has the {property} value {value!.Value.ToString(System.Globalization.CultureInfo.InvariantCulture)} %, outside 0..100; write percentages between 0 and 100.");
        }
    }
}
