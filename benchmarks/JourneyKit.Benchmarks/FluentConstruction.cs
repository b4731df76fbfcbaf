namespace JourneyKit.Benchmarks;

/// <summary>Builds a <see cref="MapShape"/> the way users do: with the fluent builder, ids derived from names.</summary>
public static class FluentConstruction
{
    public static JourneyMap Build(MapShape shape)
    {
        var map = JourneyMap.Create(MapShape.Title).Channel(MapShape.ChannelName);
        foreach (var touchpoint in shape.TouchpointNames)
        {
            map.Touchpoint(touchpoint, t => t.OnChannel(MapShape.ChannelName));
        }

        for (var stage = 0; stage < shape.Stages; stage++)
        {
            var s = stage;
            map.Stage(shape.StageNames[s], builder =>
            {
                builder.OwnedBy(shape.OwnerNames[shape.Owner(s)])
                    .Metric(shape.StageMetricNames[s], m => m.Kind(MetricKind.Conversion).Unit("%").Target(50));
                for (var i = s * MapShape.StepsPerStage; i < (s * MapShape.StepsPerStage) + shape.StepCount(s); i++)
                {
                    var step = i;
                    builder.Step(shape.StepNames[step], st => st
                        .Action(MapShape.FirstAction, MapShape.SecondAction)
                        .Thought(MapShape.Thought)
                        .Emotion(shape.Score(step), MapShape.Feeling)
                        .Via(shape.TouchpointNames[shape.FirstTouchpoint(step)], shape.TouchpointNames[shape.SecondTouchpoint(step)])
                        .PainPoint(shape.PainNames[step], PainSeverity.Medium)
                        .Opportunity(shape.OpportunityNames[step], o => o.Addresses(shape.PainIds[step]).Impact(Level.High))
                        .OwnedBy(shape.OwnerNames[shape.Owner(step)])
                        .BackStage(shape.SystemNames[step], BackStageKind.System));
                }
            });
        }

        return map.Build();
    }
}
