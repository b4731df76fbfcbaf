namespace JourneyKit.Serialization;

/// <summary>
/// The limits a reader checks before it pays for the work, so that a document a user uploads cannot stall or exhaust
/// the application that reads it. A document over a limit is refused with a <see cref="JourneyFormatException"/>
/// that names the limit; raise a limit only for documents you trust.
/// </summary>
/// <remarks>
/// Used by <see cref="Mermaid.JourneyMapMermaid"/> and <see cref="Json.JourneyDiffJson"/>; the JSON map format has
/// the same limits in <see cref="Json.JourneyMapJsonOptions"/>. Immutable and thread-safe.
/// </remarks>
public sealed record ReadLimits
{
    /// <summary>The default limit on document size: 256 MiB.</summary>
    public const long DefaultMaxDocumentBytes = 256L * 1024 * 1024;

    /// <summary>The default limit on the length of one text: 1,048,576 characters.</summary>
    public const int DefaultMaxStringLength = 1024 * 1024;

    /// <summary>
    /// The default limit on the number of elements: 1,000,000 (in a Mermaid diagram, sections, tasks and actor mentions;
    /// in a diff, its JSON objects: changes, the elements they carry, places and emotions).
    /// </summary>
    public const int DefaultMaxElements = 1_000_000;

    /// <summary>The default limit on nesting: 64 levels.</summary>
    public const int DefaultMaxDepth = 64;

    /// <summary>Gets the default limits.</summary>
    public static ReadLimits Default { get; } = new();

    /// <summary>Gets the most bytes a document may have (for text passed as a string, the most characters).</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is below 1.</exception>
    public long MaxDocumentBytes
    {
        get;
        init => field = value >= 1 ? value : throw new ArgumentOutOfRangeException(nameof(MaxDocumentBytes), value, "A limit must be 1 or more.");
    } = DefaultMaxDocumentBytes;

    /// <summary>Gets the most characters one text (a name, a title, a line of a text format) may have.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is below 1.</exception>
    public int MaxStringLength
    {
        get;
        init => field = value >= 1 ? value : throw new ArgumentOutOfRangeException(nameof(MaxStringLength), value, "A limit must be 1 or more.");
    } = DefaultMaxStringLength;

    /// <summary>Gets the most elements a document may hold (see <see cref="DefaultMaxElements"/> for what each reader counts).</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is below 1.</exception>
    public int MaxElements
    {
        get;
        init => field = value >= 1 ? value : throw new ArgumentOutOfRangeException(nameof(MaxElements), value, "A limit must be 1 or more.");
    } = DefaultMaxElements;

    /// <summary>Gets the deepest nesting of a structured document (objects and arrays in JSON).</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is below 8, the nesting a diff needs.</exception>
    public int MaxDepth
    {
        get;
        init => field = value >= 8 ? value : throw new ArgumentOutOfRangeException(nameof(MaxDepth), value, "The depth must be 8 or more.");
    } = DefaultMaxDepth;

    /// <summary>Makes the error for a document over a limit.</summary>
    internal static JourneyFormatException Exceeded(string format, string what, long limit, string property, long? line = null, long? column = null, string? path = null) =>
        new(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"The document has more {what} than the limit of {limit}; raise ReadLimits.{property} only for documents you trust."), format, line, column, path, null);
}
