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

    /// <summary>Sets the options; every argument has a safe default.</summary>
    /// <param name="indented">Whether to write two-space indented lines (the default) or one compact line.</param>
    /// <param name="maxDocumentBytes">The most bytes a document may have.</param>
    /// <param name="maxStringLength">The most characters one string may have.</param>
    /// <param name="maxDepth">The deepest nesting of objects and arrays a document may have.</param>
    /// <exception cref="ArgumentOutOfRangeException">A limit is not positive, or the depth is below the 8 levels a map needs.</exception>
    public JourneyMapJsonOptions(bool indented = true, long maxDocumentBytes = DefaultMaxDocumentBytes, int maxStringLength = DefaultMaxStringLength, int maxDepth = DefaultMaxDepth)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxDocumentBytes, 2);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxStringLength, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxDepth, 8);
        Indented = indented;
        MaxDocumentBytes = maxDocumentBytes;
        MaxStringLength = maxStringLength;
        MaxDepth = maxDepth;
    }

    /// <summary>Gets the default options: indented, with safe limits.</summary>
    public static JourneyMapJsonOptions Default { get; } = new();

    /// <summary>Gets whether documents are written as indented lines (otherwise as one compact line).</summary>
    public bool Indented { get; }

    /// <summary>Gets the most bytes a document may have.</summary>
    public long MaxDocumentBytes { get; }

    /// <summary>Gets the most characters one string may have.</summary>
    public int MaxStringLength { get; }

    /// <summary>Gets the deepest nesting of objects and arrays a document may have.</summary>
    public int MaxDepth { get; }

    /// <summary>Gets the most elements with ids (personas, catalog entries, stages, steps and what steps hold) a document may have.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is below 1.</exception>
    public int MaxElements
    {
        get;
        init => field = value >= 1 ? value : throw new ArgumentOutOfRangeException(nameof(MaxElements), value, "A limit must be 1 or more.");
    } = DefaultMaxElements;
}
