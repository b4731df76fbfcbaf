namespace JourneyKit.Serialization;

/// <summary>
/// A format a map can be read from or written to: its name, the file extensions and media types it answers to,
/// and its reader and writer (a write-only format, such as a picture, has no reader).
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class JourneyMapFormat
{
    /// <summary>Describes a format.</summary>
    /// <param name="name">A short lower-case name, such as "json" or "yaml".</param>
    /// <param name="extensions">The file extensions, with their dot, such as ".json".</param>
    /// <param name="mediaTypes">The media types, such as "application/json".</param>
    /// <param name="reader">Reads maps, or <see langword="null"/> when the format is write-only.</param>
    /// <param name="writer">Writes maps, or <see langword="null"/> when the format is read-only.</param>
    /// <exception cref="ArgumentException">The name is blank, an extension does not start with a dot, or there is neither a reader nor a writer.</exception>
    public JourneyMapFormat(string name, IEnumerable<string> extensions, IEnumerable<string> mediaTypes, IJourneyMapReader? reader, IJourneyMapWriter? writer)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(extensions);
        ArgumentNullException.ThrowIfNull(mediaTypes);
        if (reader is null && writer is null)
        {
            throw new ArgumentException($"The format '{name}' needs a reader, a writer or both.", nameof(writer));
        }

        var extensionList = extensions.Select(e => e?.Trim().ToLowerInvariant()).ToArray();
        if (extensionList.Any(e => e is null || e.Length < 2 || e[0] != '.'))
        {
            throw new ArgumentException("Each extension starts with a dot and names something, such as \".json\".", nameof(extensions));
        }

        var mediaTypeList = mediaTypes.Select(m => m?.Trim().ToLowerInvariant()).ToArray();
        if (mediaTypeList.Any(m => m is null || !m.Contains('/', StringComparison.Ordinal)))
        {
            throw new ArgumentException("Each media type has a type and a subtype, such as \"application/json\".", nameof(mediaTypes));
        }

        Name = name.Trim().ToLowerInvariant();
        Extensions = new ValueList<string>(extensionList!);
        MediaTypes = new ValueList<string>(mediaTypeList!);
        Reader = reader;
        Writer = writer;
    }

    /// <summary>Gets the format's lower-case name.</summary>
    public string Name { get; }

    /// <summary>Gets the lower-case file extensions, with their dot.</summary>
    public ValueList<string> Extensions { get; }

    /// <summary>Gets the lower-case media types.</summary>
    public ValueList<string> MediaTypes { get; }

    /// <summary>Gets the reader, or <see langword="null"/> when the format is write-only.</summary>
    public IJourneyMapReader? Reader { get; }

    /// <summary>Gets the writer, or <see langword="null"/> when the format is read-only.</summary>
    public IJourneyMapWriter? Writer { get; }

    /// <inheritdoc />
    public override string ToString() => $"{Name} ({string.Join(", ", Extensions)})";
}
