namespace JourneyKit.Analysis;

/// <summary>Gathers what the map covers in one pass over its stages and steps.</summary>
internal static class CoverageFinder
{
    public static Coverage Of(JourneyMap map)
    {
        var owned = map.Owners.ToDictionary(o => o.Id, _ => 0, StringComparer.Ordinal);
        var stages = new List<StageCoverage>(map.Stages.Count);
        var withoutMetrics = new List<string>();
        foreach (var stage in map.Stages)
        {
            var channels = new List<string>();
            var seen = new HashSet<string>(StringComparer.Ordinal);
            var withoutTouchpoint = 0;
            var anyMetric = !stage.Metrics.IsEmpty;
            foreach (var step in stage.Steps)
            {
                anyMetric |= !step.Metrics.IsEmpty;
                withoutTouchpoint += step.TouchpointIds.IsEmpty ? 1 : 0;
                foreach (var id in step.TouchpointIds)
                {
                    if (map.FindTouchpoint(id)?.ChannelId is { } channel && seen.Add(channel))
                    {
                        channels.Add(channel);
                    }
                }

                if ((step.OwnerId ?? stage.OwnerId) is { } owner && owned.TryGetValue(owner, out var steps))
                {
                    owned[owner] = steps + 1;
                }
            }

            stages.Add(new StageCoverage(stage.Id, ValueList.From(channels), withoutTouchpoint));
            if (!anyMetric)
            {
                withoutMetrics.Add(stage.Id);
            }
        }

        var curves = map.Personas.Select(persona => new PersonaCurve(
            persona.Id,
            ValueList.From(map.Steps.Where(step => step.EmotionFor(persona.Id) is not null).Select(step => new EmotionPoint(step.Id, step.EmotionFor(persona.Id)!.Score)))));
        return new Coverage(
            ValueList.From(stages),
            ValueList.From(map.Touchpoints.Where(t => t.ChannelId is null).Select(t => t.Id)),
            ValueList.From(map.Owners.Select(o => new OwnerLoad(o.Id, owned[o.Id]))),
            ValueList.From(withoutMetrics),
            ValueList.From(curves));
    }
}
