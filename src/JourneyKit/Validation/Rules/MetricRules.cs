namespace JourneyKit.Validation.Rules;

/// <summary>A rule that looks at every metric, of stages and of steps, in document order.</summary>
internal abstract class MetricRule(string id, IssueSeverity severity) : WalkingRule(id, severity, RuleCategory.Measurement)
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

internal sealed class MetricWithoutTargetRule() : MetricRule("JK1014", IssueSeverity.Warning)
{
    protected override void Check(RuleContext context, Stage stage, Step? step, Metric metric)
    {
        if (metric.Target is null)
        {
            Report(context, ValidationLocation.Of(stage, step, metric), metric.Name, metric.Id);
        }
    }
}

internal sealed class MetricWithoutUnitRule() : MetricRule("JK1015", IssueSeverity.Info)
{
    protected override void Check(RuleContext context, Stage stage, Step? step, Metric metric)
    {
        if (metric.Unit is null)
        {
            Report(context, ValidationLocation.Of(stage, step, metric), metric.Name, metric.Id);
        }
    }
}

internal sealed class PercentageOutOfRangeRule() : MetricRule("JK1016", IssueSeverity.Error)
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

    private void Check(RuleContext context, Stage stage, Step? step, Metric metric, string property, decimal? value)
    {
        if (value is < 0m or > 100m)
        {
            var location = ValidationLocation.Of(stage, step, metric).Property(property);
            var written = value!.Value.ToString(context.Language.Numbers);
            if (property == "target")
            {
                Report(context, location, metric.Name, metric.Id, written);
            }
            else
            {
                ReportVariant(context, location, "Actual", metric.Name, metric.Id, written);
            }
        }
    }
}
