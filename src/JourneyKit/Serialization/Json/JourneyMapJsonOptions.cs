namespace JourneyKit.Serialization.Json;

/// <summary>How <see cref="JourneyMapJson"/> writes documents and the limits it applies when reading them.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record JourneyMapJsonOptions
{
    /// <summary>The default limit on document size: 256 MiB.</summary>
    public const long DefaultMaxDocumentBytes = ReadLimits.DefaultMaxDocumentBytes;

    /// <summary>The default limit on the length of one string: 1,048,576 characters.</summary>
    public const int DefaultMaxStringLength = ReadLimits.DefaultMaxStringLength;

    /// <summary>The default limit on nesting: 64 levels (a map needs 8).</summary>
    public const int DefaultMaxDepth = ReadLimits.DefaultMaxDepth;

    /// <summary>The default limit on elements with ids (personas, stages, steps, pain points and the rest): 1,000,000.</summary>
    public const int DefaultMaxElements = ReadLimits.DefaultMaxElements;

    /// <summary>Gets the default options: indented, with safe limits.</summary>
    public static JourneyMapJsonOptions Default { get; } = new();

    /// <summary>Gets whether documents are written as two-space indented lines (the default) or as one compact line.</summary>
    public bool Indented { get; init; } = true;

    /// <summary>Gets the most bytes a document may have.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is below 2.</exception>
    public long MaxDocumentBytes
    {
        get;
        init => field = value >= 2 ? value : throw new ArgumentOutOfRangeException(nameof(MaxDocumentBytes), value, "A document needs at least 2 bytes.");
    } = DefaultMaxDocumentBytes;

    /// <summary>Gets the most characters one string may have.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is below 1.</exception>
    public int MaxStringLength
    {
        get;
        init => field = value >= 1 ? value : throw new ArgumentOutOfRangeException(nameof(MaxStringLength), value, "A limit must be 1 or more.");
    } = DefaultMaxStringLength;

    /// <summary>Gets the deepest nesting of objects and arrays a document may have.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is below the 8 levels a map needs.</exception>
    public int MaxDepth
    {
        get;
        init => field = value >= 8 ? value : throw new ArgumentOutOfRangeException(nameof(MaxDepth), value, "A map needs 8 levels of nesting.");
    } = DefaultMaxDepth;

    /// <summary>Gets the most elements with ids (personas, catalog entries, stages, steps and what steps hold) a document may have.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is below 1.</exception>
    public int MaxElements
    {
        get;
        init => field = value >= 1 ? value : throw new ArgumentOutOfRangeException(nameof(MaxElements), value, "A limit must be 1 or more.");
    } = DefaultMaxElements;
}
