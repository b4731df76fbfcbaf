namespace JourneyKit.Diffing;

/// <summary>A change that does not fit the map it is applied to, because that map is not the diff's base.</summary>
public sealed record PatchDrift
{
    /// <summary>Creates the drift of one change.</summary>
    /// <param name="change">The change that does not fit.</param>
    /// <param name="reason">What the map holds instead, such as "the step is in stage 'pay', not 'order'".</param>
    public PatchDrift(JourneyChange change, string reason)
    {
        ArgumentNullException.ThrowIfNull(change);
        ArgumentException.ThrowIfNullOrWhiteSpace(reason);
        Change = change;
        Reason = reason;
    }

    /// <summary>Gets the change that does not fit.</summary>
    public JourneyChange Change { get; }

    /// <summary>Gets what the map holds instead, such as "the step is in stage 'pay', not 'order'".</summary>
    public string Reason { get; }

    /// <inheritdoc />
    public override string ToString() => $"{Change.Path}: {Reason} ({Change.Description})";
}
