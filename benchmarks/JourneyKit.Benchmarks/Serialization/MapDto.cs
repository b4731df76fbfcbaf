using System.Text.Json.Serialization;

namespace JourneyKit.Benchmarks.Serialization;

// A plain, mutable object graph of the same shape as the JSON format, for the peers to serialize: what a
// developer would write to store maps with System.Text.Json or Newtonsoft.Json without JourneyKit.
#pragma warning disable CA2227, CA1002, CA1056 // DTOs: settable lists, as serializers like them.

public sealed class MapDto
{
    public int SchemaVersion { get; set; }

    public string Id { get; set; } = "";

    public string Title { get; set; } = "";

    public string? Description { get; set; }

    public string? Kind { get; set; }

    public string? Audience { get; set; }

    public ScaleDto? EmotionScale { get; set; }

    public Dictionary<string, string>? Properties { get; set; }

    public List<PersonaDto>? Personas { get; set; }

    public List<NamedDto>? Channels { get; set; }

    public List<OwnerDto>? Owners { get; set; }

    public List<TouchpointDto>? Touchpoints { get; set; }

    public List<StageDto>? Stages { get; set; }

    public List<TransitionDto>? Transitions { get; set; }
}

public sealed class ScaleDto
{
    public int Min { get; set; }

    public int Max { get; set; }
}

public sealed class PersonaDto
{
    public string Id { get; set; } = "";

    public string Name { get; set; } = "";

    public string? Segment { get; set; }

    public List<string>? Goals { get; set; }
}

public sealed class NamedDto
{
    public string Id { get; set; } = "";

    public string Name { get; set; } = "";

    public string? Description { get; set; }
}

public sealed class OwnerDto
{
    public string Id { get; set; } = "";

    public string Name { get; set; } = "";

    public string? Contact { get; set; }
}

public sealed class TouchpointDto
{
    public string Id { get; set; } = "";

    public string Name { get; set; } = "";

    public string? Channel { get; set; }
}

public sealed class StageDto
{
    public string Id { get; set; } = "";

    public string Name { get; set; } = "";

    public string? Goal { get; set; }

    public string? Owner { get; set; }

    public List<MetricDto>? Metrics { get; set; }

    public List<StepDto>? Steps { get; set; }
}

public sealed class StepDto
{
    public string Id { get; set; } = "";

    public string Name { get; set; } = "";

    public string? Description { get; set; }

    public List<string>? Actions { get; set; }

    public List<string>? Thoughts { get; set; }

    public List<EmotionDto>? Emotions { get; set; }

    public List<string>? Touchpoints { get; set; }

    public List<PainPointDto>? PainPoints { get; set; }

    public List<OpportunityDto>? Opportunities { get; set; }

    public List<MetricDto>? Metrics { get; set; }

    public string? Owner { get; set; }

    public string? Duration { get; set; }

    public bool? Milestone { get; set; }

    public List<BackStageDto>? BackStage { get; set; }
}

public sealed class EmotionDto
{
    public int Score { get; set; }

    public string? Label { get; set; }

    public string? Persona { get; set; }
}

public sealed class PainPointDto
{
    public string Id { get; set; } = "";

    public string Description { get; set; } = "";

    public string? Severity { get; set; }
}

public sealed class OpportunityDto
{
    public string Id { get; set; } = "";

    public string Title { get; set; } = "";

    public string? Impact { get; set; }

    public List<string>? Addresses { get; set; }

    public string? Owner { get; set; }
}

public sealed class MetricDto
{
    public string Id { get; set; } = "";

    public string Name { get; set; } = "";

    public string? Kind { get; set; }

    public string? Unit { get; set; }

    public decimal? Target { get; set; }

    public decimal? Actual { get; set; }
}

public sealed class BackStageDto
{
    public string Id { get; set; } = "";

    public string Name { get; set; } = "";

    public string? Kind { get; set; }
}

public sealed class TransitionDto
{
    public string Id { get; set; } = "";

    public string Kind { get; set; } = "";

    public string From { get; set; } = "";

    public string? To { get; set; }
}

/// <summary>System.Text.Json's source-generated serializer for the DTOs: camelCase, nulls left out, compact.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(MapDto))]
public sealed partial class DtoJsonContext : JsonSerializerContext;
#pragma warning restore CA2227, CA1002, CA1056
