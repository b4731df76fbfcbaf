namespace JourneyKit.Building;

/// <summary>A pain point as written on a step builder.</summary>
internal struct PainPointSpec(string description, PainSeverity severity)
{
    public IdSlot Slot;

    public readonly string Description { get; } = description;

    public readonly PainSeverity Severity { get; } = severity;

    /// <summary>Gets the evidence the pain point cites, by id or text as written.</summary>
    public ValueList<string> Evidence { get; init; }

    public ValueMap Properties { get; init; }

    public static PainPointSpec From(PainPoint painPoint) =>
        new(painPoint.Description, painPoint.Severity) { Slot = new IdSlot { Explicit = painPoint.Id }, Evidence = painPoint.EvidenceIds, Properties = painPoint.Properties };
}

/// <summary>A back-stage item as written on a step builder.</summary>
internal struct BackStageSpec(string name, BackStageKind kind, string? description)
{
    public IdSlot Slot;

    public readonly string Name { get; } = name;

    public readonly BackStageKind Kind { get; } = kind;

    public readonly string? Description { get; } = description;

    public ValueMap Properties { get; init; }

    public static BackStageSpec From(BackStageItem item) =>
        new(item.Name, item.Kind, item.Description) { Slot = new IdSlot { Explicit = item.Id }, Properties = item.Properties };
}

/// <summary>A transition as written on the map builder; the steps are still references by id or name.</summary>
internal sealed class TransitionSpec(TransitionKind kind, string from, string? to, string? label, decimal? share)
{
    private IdSlot _slot;

    public TransitionKind Kind { get; } = kind;

    public string From { get; } = from;

    public string? To { get; } = to;

    public string? Label { get; } = label;

    public decimal? Share { get; } = share;

    public ValueMap Properties { get; set; }

    public ref IdSlot Slot => ref _slot;

    public string Name => To is null ? $"{From} exit" : $"{From} to {To}";
}
