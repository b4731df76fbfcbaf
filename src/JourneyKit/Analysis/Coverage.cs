namespace JourneyKit.Analysis;

/// <summary>What the map covers and what it leaves open: channels per stage, touchpoints without a channel, owners' load, stages without metrics, each persona's curve.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record Coverage
{
    internal Coverage(ValueList<StageCoverage> stages, ValueList<string> touchpointsWithoutChannel, ValueList<OwnerLoad> owners, ValueList<string> stagesWithoutMetrics, ValueList<PersonaCurve> personaCurves)
    {
        Stages = stages;
        TouchpointsWithoutChannel = touchpointsWithoutChannel;
        Owners = owners;
        StagesWithoutMetrics = stagesWithoutMetrics;
        PersonaCurves = personaCurves;
    }

    /// <summary>Gets each stage's channels, in timeline order.</summary>
    public ValueList<StageCoverage> Stages { get; }

    /// <summary>Gets the ids of the catalog's touchpoints on no channel.</summary>
    public ValueList<string> TouchpointsWithoutChannel { get; }

    /// <summary>Gets every owner of the catalog with the steps they own, in the catalog's order.</summary>
    public ValueList<OwnerLoad> Owners { get; }

    /// <summary>Gets the ids of the stages with no metric, neither their own nor on any of their steps.</summary>
    public ValueList<string> StagesWithoutMetrics { get; }

    /// <summary>Gets each persona's emotion curve, in the map's order of personas.</summary>
    public ValueList<PersonaCurve> PersonaCurves { get; }
}

/// <summary>The channels a stage's steps reach customers on.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record StageCoverage
{
    internal StageCoverage(string stageId, ValueList<string> channelIds, int stepsWithoutTouchpoint)
    {
        StageId = stageId;
        ChannelIds = channelIds;
        StepsWithoutTouchpoint = stepsWithoutTouchpoint;
    }

    /// <summary>Gets the stage's id.</summary>
    public string StageId { get; }

    /// <summary>Gets the ids of the channels of the touchpoints its steps use, in order of first use.</summary>
    public ValueList<string> ChannelIds { get; }

    /// <summary>Gets how many of its steps use no touchpoint.</summary>
    public int StepsWithoutTouchpoint { get; }
}

/// <summary>An owner and the steps they own: a step's own owner, else its stage's.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record OwnerLoad
{
    internal OwnerLoad(string ownerId, int stepCount)
    {
        OwnerId = ownerId;
        StepCount = stepCount;
    }

    /// <summary>Gets the owner's id.</summary>
    public string OwnerId { get; }

    /// <summary>Gets how many steps they own.</summary>
    public int StepCount { get; }
}

/// <summary>One persona's emotion curve: the steps with an emotion for the persona or for everyone.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record PersonaCurve
{
    internal PersonaCurve(string personaId, ValueList<EmotionPoint> points)
    {
        PersonaId = personaId;
        Points = points;
    }

    /// <summary>Gets the persona's id.</summary>
    public string PersonaId { get; }

    /// <summary>Gets the curve's points, in timeline order.</summary>
    public ValueList<EmotionPoint> Points { get; }
}
