namespace JourneyKit.Benchmarks;

/// <summary>Constructs a <see cref="MapShape"/> straight from the model's constructors with known ids: the baseline.</summary>
public static class DirectConstruction
{
    public static JourneyMap Build(MapShape shape)
    {
        var channelId = "web";
        var touchpoints = new Touchpoint[MapShape.TouchpointCount];
        for (var i = 0; i < touchpoints.Length; i++)
        {
            touchpoints[i] = new Touchpoint(shape.TouchpointIds[i], shape.TouchpointNames[i], channelId, null, default);
        }

        var owners = new Owner[MapShape.OwnerCount];
        for (var i = 0; i < owners.Length; i++)
        {
            owners[i] = new Owner(shape.OwnerIds[i], shape.OwnerNames[i], null, default);
        }

        var stages = new Stage[shape.Stages];
        for (var s = 0; s < stages.Length; s++)
        {
            var steps = new Step[shape.StepCount(s)];
            for (var k = 0; k < steps.Length; k++)
            {
                var i = (s * MapShape.StepsPerStage) + k;
                steps[k] = new Step(
                    shape.StepIds[i],
                    shape.StepNames[i],
                    null,
                    new ValueList<string>([MapShape.FirstAction, MapShape.SecondAction]),
                    new ValueList<string>([MapShape.Thought]),
                    new ValueList<Emotion>([new Emotion(shape.Score(i), MapShape.Feeling, null)]),
                    new ValueList<string>([shape.TouchpointIds[shape.FirstTouchpoint(i)], shape.TouchpointIds[shape.SecondTouchpoint(i)]]),
                    new ValueList<PainPoint>([new PainPoint(shape.PainIds[i], shape.PainNames[i], PainSeverity.Medium, default, default)]),
                    new ValueList<Opportunity>([new Opportunity(shape.OpportunityIds[i], shape.OpportunityNames[i], null, Level.High, Level.Medium, new ValueList<string>([shape.PainIds[i]]), null, OpportunityStatus.Idea, default)]),
                    default,
                    shape.OwnerIds[shape.Owner(i)],
                    null,
                    false,
                    new ValueList<BackStageItem>([new BackStageItem(shape.SystemIds[i], shape.SystemNames[i], BackStageKind.System, null, default)]),
                    default,
                    default);
            }

            var metric = new Metric(shape.StageMetricIds[s], shape.StageMetricNames[s], MetricKind.Conversion, "%", 50, null, MetricDirection.HigherIsBetter, default);
            stages[s] = new Stage(shape.StageIds[s], shape.StageNames[s], null, default, shape.OwnerIds[shape.Owner(s)], new ValueList<Metric>([metric]), null, new ValueList<Step>(steps), default);
        }

        return new JourneyMap(
            "benchmark-journey",
            MapShape.Title,
            null,
            JourneyKind.Custom,
            Audience.B2C,
            null,
            default,
            new ValueList<Stage>(stages),
            new ValueList<Touchpoint>(touchpoints),
            new ValueList<Channel>([new Channel(channelId, MapShape.ChannelName, null, default)]),
            new ValueList<Owner>(owners),
            default,
            EmotionScale.Default,
            null,
            null,
            null,
            default);
    }
}
