namespace JourneyKit.Diffing;

/// <summary>A change that does not fit the map it is applied to, because that map is not the diff's base.</summary>
public sealed record PatchDrift
{
    /// <summary>Creates the drift of one change.</summary>
    /// <param name="change">The change that does not fit.</param>
    /// <param name="message">What the map holds instead, such as "the step is in stage 'pay', not 'order'".</param>
    public PatchDrift(JourneyChange change, string message)
    {
        ArgumentNullException.ThrowIfNull(change);
        ArgumentException.ThrowIfNullOrWhiteSpace(message);
        Change = change;
        Message = message;
    }

    /// <summary>Gets the change that does not fit.</summary>
    public JourneyChange Change { get; }

    /// <summary>Gets the path of the element the change is about.</summary>
    public JourneyPath Path => Change.Path;

    /// <summary>Gets what the map holds instead, such as "the step is in stage 'pay', not 'order'".</summary>
    public string Message { get; }

    /// <inheritdoc />
    public override string ToString() => $"{Path}: {Message} ({Change.Description})";
}
