namespace JourneyKit.Benchmarks.Serialization;

/// <summary>Copies a map into the DTO graph, leaving out what JourneyKit's format leaves out, so every peer writes the same document.</summary>
public static class MapDtos
{
    public static MapDto From(JourneyMap map) => new()
    {
        SchemaVersion = 1,
        Id = map.Id,
        Title = map.Title,
        Description = map.Description,
        Channels = List(map.Channels, c => new NamedDto { Id = c.Id, Name = c.Name, Description = c.Description }),
        Owners = List(map.Owners, o => new OwnerDto { Id = o.Id, Name = o.Name, Contact = o.Contact }),
        Touchpoints = List(map.Touchpoints, t => new TouchpointDto { Id = t.Id, Name = t.Name, Channel = t.ChannelId }),
        Stages = List(map.Stages, stage => new StageDto
        {
            Id = stage.Id,
            Name = stage.Name,
            Goal = stage.Goal,
            Owner = stage.OwnerId,
            Metrics = List(stage.Metrics, Metric),
            Steps = List(stage.Steps, step => new StepDto
            {
                Id = step.Id,
                Name = step.Name,
                Description = step.Description,
                Actions = List(step.Actions, a => a),
                Thoughts = List(step.Thoughts, t => t),
                Emotions = List(step.Emotions, e => new EmotionDto { Score = e.Score, Label = e.Label, Persona = e.PersonaId }),
                Touchpoints = List(step.TouchpointIds, t => t),
                PainPoints = List(step.PainPoints, p => new PainPointDto { Id = p.Id, Description = p.Description, Severity = p.Severity == PainSeverity.Medium ? null : p.Severity.ToString().ToLowerInvariant() }),
                Opportunities = List(step.Opportunities, o => new OpportunityDto { Id = o.Id, Title = o.Title, Impact = o.Impact == Level.Medium ? null : o.Impact.ToString().ToLowerInvariant(), Addresses = List(o.AddressedPainPointIds, a => a), Owner = o.OwnerId }),
                Metrics = List(step.Metrics, Metric),
                Owner = step.OwnerId,
                Milestone = step.IsMilestone ? true : null,
                BackStage = List(step.BackStage, b => new BackStageDto { Id = b.Id, Name = b.Name }),
            }),
        }),
    };

    private static MetricDto Metric(Metric m) => new()
    {
        Id = m.Id,
        Name = m.Name,
        Kind = m.Kind == MetricKind.Custom ? null : m.Kind.ToString().ToLowerInvariant(),
        Unit = m.Unit,
        Target = m.Target,
        Actual = m.Actual,
    };

    private static List<TDto>? List<T, TDto>(ValueList<T> items, Func<T, TDto> convert) => items.IsEmpty ? null : [.. items.Select(convert)];
}
