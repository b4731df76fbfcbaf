namespace JourneyKit.Diffing;

/// <summary>What a comparison pays attention to. Immutable; start from <see cref="Default"/> and use <c>with</c>.</summary>
/// <remarks>
/// Every option that ignores something makes the diff describe less than the whole difference, so applying it to the
/// older revision no longer gives exactly the newer one.
/// </remarks>
public sealed record DiffOptions
{
    /// <summary>Gets the options that report every difference.</summary>
    public static DiffOptions Default { get; } = new();

    /// <summary>Gets whether texts that differ only in upper and lower case count as equal.</summary>
    public bool IgnoreCase { get; init; }

    /// <summary>Gets whether texts that differ only in white space (runs, leading, trailing) count as equal.</summary>
    public bool IgnoreWhitespace { get; init; }

    /// <summary>Gets whether the map's revision record and last review date are noise rather than changes.</summary>
    public bool IgnoreRevision { get; init; }

    /// <summary>
    /// Gets the properties to ignore, by JSON name: <c>"description"</c> for every kind, or <c>"step.description"</c>
    /// for one kind (kinds as in <see cref="ElementKind"/>, camel-cased).
    /// </summary>
    public ValueList<string> IgnoredProperties { get; init; }

    /// <summary>Gets the kinds of element not compared at all, with everything they hold.</summary>
    public ValueList<ElementKind> IgnoredKinds { get; init; }

    /// <summary>
    /// Gets how similar (0 to 1) an element whose id changed must be to be matched rather than reported as removed
    /// and added; 0.6 unless set, and above 1 turns matching by similarity off.
    /// </summary>
    public double InferenceThreshold { get; init; } = 0.6;
}
