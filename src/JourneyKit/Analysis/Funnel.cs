namespace JourneyKit.Analysis;

/// <summary>
/// Where customers go and where they are lost: the share of customers who reach each step and each stage and go on,
/// from the transitions' shares, beside the conversion metrics the map records.
/// </summary>
/// <remarks>
/// Every customer starts at the first step. At each step, the customers who take a loop (a transition back to the same or
/// an earlier step) come back and then leave the step as the others do, so the step's other ways out are scaled up to
/// make up for them; a step that only loops loses every customer. Shares are exact decimal arithmetic, rounded to 6
/// decimal places when reported. Immutable and thread-safe.
/// </remarks>
public sealed record Funnel
{
    internal Funnel(ValueList<FunnelStep> steps, ValueList<FunnelStage> stages, decimal journeyConversion, ValueList<FunnelStep> biggestDropOffs, ValueList<FunnelDisagreement> disagreements)
    {
        Steps = steps;
        Stages = stages;
        JourneyConversion = journeyConversion;
        BiggestDropOffs = biggestDropOffs;
        Disagreements = disagreements;
    }

    /// <summary>Gets every step, in timeline order.</summary>
    public ValueList<FunnelStep> Steps { get; }

    /// <summary>Gets every stage, in timeline order.</summary>
    public ValueList<FunnelStage> Stages { get; }

    /// <summary>Gets the share of customers who complete the journey (go on from the last step), from 0 to 1.</summary>
    public decimal JourneyConversion { get; }

    /// <summary>Gets the steps that lose the most customers (<see cref="FunnelStep.Lost"/>), most first, at most <see cref="AnalysisOptions.TopCount"/>.</summary>
    public ValueList<FunnelStep> BiggestDropOffs { get; }

    /// <summary>Gets the conversion metrics whose value differs from what the shares give by more than <see cref="AnalysisOptions.DisagreementTolerance"/>.</summary>
    public ValueList<FunnelDisagreement> Disagreements { get; }
}

/// <summary>A step of the funnel: how many customers reach it, how many it loses and how many go on.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record FunnelStep
{
    internal FunnelStep(string stepId, string stageId, decimal reach, decimal lost, decimal? conversion, decimal? measuredConversion)
    {
        StepId = stepId;
        StageId = stageId;
        Reach = reach;
        Lost = lost;
        Conversion = conversion;
        MeasuredConversion = measuredConversion;
    }

    /// <summary>Gets the step's id.</summary>
    public string StepId { get; }

    /// <summary>Gets the id of the step's stage.</summary>
    public string StageId { get; }

    /// <summary>Gets the share of all customers who reach the step, from 0 to 1.</summary>
    public decimal Reach { get; }

    /// <summary>Gets the share of all customers the step loses: those who exit there, or all who reach it when it only loops.</summary>
    public decimal Lost { get; }

    /// <summary>Gets the share of the step's customers who go on (1 − lost ÷ reach), or <see langword="null"/> when nobody reaches it.</summary>
    public decimal? Conversion { get; }

    /// <summary>Gets the step's conversion metric as a share (a percentage divided by 100), or <see langword="null"/> when it records none.</summary>
    public decimal? MeasuredConversion { get; }
}

/// <summary>A stage of the funnel: how many customers enter it and how many go on to a later stage or complete the journey.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record FunnelStage
{
    internal FunnelStage(string stageId, decimal entering, decimal goingOn, decimal? conversion, decimal? measuredConversion)
    {
        StageId = stageId;
        Entering = entering;
        GoingOn = goingOn;
        Conversion = conversion;
        MeasuredConversion = measuredConversion;
    }

    /// <summary>Gets the stage's id.</summary>
    public string StageId { get; }

    /// <summary>Gets the share of all customers who enter the stage from another one (or start in it).</summary>
    public decimal Entering { get; }

    /// <summary>Gets the share of all customers who go from the stage to a later one or complete the journey from it.</summary>
    public decimal GoingOn { get; }

    /// <summary>Gets <see cref="GoingOn"/> ÷ <see cref="Entering"/>, or <see langword="null"/> when nobody enters.</summary>
    public decimal? Conversion { get; }

    /// <summary>Gets the stage's own conversion metric as a share, or <see langword="null"/> when it records none.</summary>
    public decimal? MeasuredConversion { get; }
}

/// <summary>A conversion metric that says otherwise than the transitions' shares.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record FunnelDisagreement
{
    internal FunnelDisagreement(string elementId, string metricId, decimal fromShares, decimal measured)
    {
        ElementId = elementId;
        MetricId = metricId;
        FromShares = fromShares;
        Measured = measured;
    }

    /// <summary>Gets the id of the step or stage.</summary>
    public string ElementId { get; }

    /// <summary>Gets the id of the conversion metric.</summary>
    public string MetricId { get; }

    /// <summary>Gets the conversion the transitions' shares give.</summary>
    public decimal FromShares { get; }

    /// <summary>Gets the conversion the metric records, as a share.</summary>
    public decimal Measured { get; }
}
