namespace JourneyKit.Building;

/// <summary>A pain point as written on a step builder.</summary>
internal sealed class PainPointSpec(string description, PainSeverity severity)
{
    private IdSlot _slot;

    public string Description { get; } = description;

    public PainSeverity Severity { get; } = severity;

    public ref IdSlot Slot => ref _slot;

    public static PainPointSpec From(PainPoint painPoint) => new(painPoint.Description, painPoint.Severity) { _slot = new IdSlot { Explicit = painPoint.Id } };
}

/// <summary>A back-stage item as written on a step builder.</summary>
internal sealed class BackStageSpec(string name, BackStageKind kind, string? description)
{
    private IdSlot _slot;

    public string Name { get; } = name;

    public BackStageKind Kind { get; } = kind;

    public string? Description { get; } = description;

    public ref IdSlot Slot => ref _slot;

    public static BackStageSpec From(BackStageItem item) => new(item.Name, item.Kind, item.Description) { _slot = new IdSlot { Explicit = item.Id } };
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

    public ref IdSlot Slot => ref _slot;

    public string Name => To is null ? $"{From} exit" : $"{From} to {To}";
}
