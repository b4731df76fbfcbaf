namespace JourneyKit.Diffing;

/// <summary>A change that does not fit the map it is applied to, because that map is not the diff's base.</summary>
/// <param name="Change">The change that does not fit.</param>
/// <param name="Reason">What the map holds instead, such as "the step is in stage 'pay', not 'order'".</param>
public sealed record PatchDrift(JourneyChange Change, string Reason)
{
    /// <inheritdoc />
    public override string ToString() => $"{Change.Path}: {Reason} ({Change.Description})";
}
