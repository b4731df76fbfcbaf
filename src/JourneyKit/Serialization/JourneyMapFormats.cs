namespace JourneyKit.Serialization;

/// <summary>
/// An immutable set of formats that finds one by name, file extension or media type, and reads and writes files
/// in the format their extension names.
/// </summary>
/// <remarks>
/// <see cref="Default"/> holds the canonical JSON format, Mermaid, and the CSV, Markdown, SVG and HTML exports. Add your own with <see cref="With"/>; the result is a new
/// set, so a set can be shared freely. Immutable and thread-safe.
/// </remarks>
public sealed class JourneyMapFormats
{
    private readonly ValueList<JourneyMapFormat> _formats;

    private JourneyMapFormats(ValueList<JourneyMapFormat> formats) => _formats = formats;

    /// <summary>Gets a set with no formats.</summary>
    public static JourneyMapFormats Empty { get; } = new(ValueList<JourneyMapFormat>.Empty);

    /// <summary>
    /// Gets the formats JourneyKit ships: the canonical JSON format, Mermaid journey diagrams (read and written), and CSV,
    /// Markdown, SVG and HTML (written only).
    /// </summary>
    public static JourneyMapFormats Default { get; } = new(BuiltInFormats.All);

    /// <summary>Gets the formats, in the order they were added.</summary>
    public ValueList<JourneyMapFormat> Formats => _formats;

    /// <summary>Returns a set with a format added, replacing any format of the same name.</summary>
    /// <param name="format">The format.</param>
    /// <returns>The new set.</returns>
    /// <exception cref="ArgumentException">Another format already answers to one of its extensions or media types.</exception>
    public JourneyMapFormats With(JourneyMapFormat format)
    {
        ArgumentNullException.ThrowIfNull(format);
        var others = _formats.Where(f => f.Name != format.Name).ToList();
        foreach (var other in others)
        {
            var clash = other.Extensions.Intersect(format.Extensions).Concat(other.MediaTypes.Intersect(format.MediaTypes)).FirstOrDefault();
            if (clash is not null)
            {
                throw new ArgumentException($"The format '{other.Name}' already answers to '{clash}'; remove it with Without(\"{other.Name}\") first.", nameof(format));
            }
        }

        var formats = _formats.AsSpan().ToArray();
        var index = Array.FindIndex(formats, f => f.Name == format.Name);
        if (index >= 0)
        {
            formats[index] = format;
            return new(new ValueList<JourneyMapFormat>(formats));
        }

        return new(new ValueList<JourneyMapFormat>([.. formats, format]));
    }

    /// <summary>Returns a set without the format of that name.</summary>
    /// <param name="name">The format's name.</param>
    /// <returns>The new set, or this set when it has no such format.</returns>
    public JourneyMapFormats Without(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var kept = _formats.Where(f => !string.Equals(f.Name, name.Trim(), StringComparison.OrdinalIgnoreCase)).ToArray();
        return kept.Length == _formats.Count ? this : new(new ValueList<JourneyMapFormat>(kept));
    }

    /// <summary>Finds a format by name, ignoring case.</summary>
    /// <param name="name">The name, such as "json".</param>
    /// <returns>The format, or <see langword="null"/> when none has that name.</returns>
    public JourneyMapFormat? Find(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return _formats.FirstOrDefault(f => string.Equals(f.Name, name.Trim(), StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>Finds the format for a file, by the longest extension that matches, ignoring case.</summary>
    /// <param name="path">A file name or path such as "maps/lunch.json", or an extension such as ".json".</param>
    /// <returns>The format, or <see langword="null"/> when no format answers to the file's extension.</returns>
    public JourneyMapFormat? FindByExtension(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var fileName = Path.GetFileName(path.Trim());
        JourneyMapFormat? best = null;
        var bestLength = 0;
        foreach (var format in _formats)
        {
            foreach (var extension in format.Extensions)
            {
                if (extension.Length > bestLength && fileName.EndsWith(extension, StringComparison.OrdinalIgnoreCase))
                {
                    best = format;
                    bestLength = extension.Length;
                }
            }
        }

        return best;
    }

    /// <summary>Finds a format by media type, ignoring case and parameters such as <c>charset</c>.</summary>
    /// <param name="mediaType">The media type, such as "application/json; charset=utf-8".</param>
    /// <returns>The format, or <see langword="null"/> when none answers to it.</returns>
    public JourneyMapFormat? FindByMediaType(string mediaType)
    {
        ArgumentNullException.ThrowIfNull(mediaType);
        var bare = mediaType.Split(';')[0].Trim();
        return _formats.FirstOrDefault(f => f.MediaTypes.Any(m => string.Equals(m, bare, StringComparison.OrdinalIgnoreCase)));
    }

    /// <summary>Reads a map from a file, in the format its extension names.</summary>
    /// <param name="path">The file's path.</param>
    /// <returns>The map.</returns>
    /// <exception cref="ArgumentException">No format in this set reads files with that extension.</exception>
    /// <exception cref="JourneyFormatException">The file does not hold a valid map.</exception>
    public JourneyMap ReadFile(string path)
    {
        var reader = ReaderFor(path);
        using var stream = File.OpenRead(path);
        return reader.Deserialize(stream);
    }

    /// <summary>Reads a map from a file asynchronously, in the format its extension names.</summary>
    /// <param name="path">The file's path.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The map.</returns>
    /// <exception cref="ArgumentException">No format in this set reads files with that extension.</exception>
    /// <exception cref="JourneyFormatException">The file does not hold a valid map.</exception>
    public async Task<JourneyMap> ReadFileAsync(string path, CancellationToken cancellationToken = default)
    {
        var reader = ReaderFor(path);
        var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 4096, useAsync: true);
        await using (stream.ConfigureAwait(false))
        {
            return await reader.DeserializeAsync(stream, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Writes a map to a file, in the format its extension names, replacing the file if it exists.</summary>
    /// <param name="map">The map.</param>
    /// <param name="path">The file's path.</param>
    /// <exception cref="ArgumentException">No format in this set writes files with that extension.</exception>
    /// <exception cref="JourneyFormatException">The map cannot be written in that format.</exception>
    public void WriteFile(JourneyMap map, string path)
    {
        ArgumentNullException.ThrowIfNull(map);
        var writer = WriterFor(path);
        using var stream = File.Create(path);
        writer.Serialize(map, stream);
    }

    /// <summary>Writes a map to a file asynchronously, in the format its extension names, replacing the file if it exists.</summary>
    /// <param name="map">The map.</param>
    /// <param name="path">The file's path.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>A task that completes when the file is written.</returns>
    /// <exception cref="ArgumentException">No format in this set writes files with that extension.</exception>
    /// <exception cref="JourneyFormatException">The map cannot be written in that format.</exception>
    public async Task WriteFileAsync(JourneyMap map, string path, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(map);
        var writer = WriterFor(path);
        var stream = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, 4096, useAsync: true);
        await using (stream.ConfigureAwait(false))
        {
            await writer.SerializeAsync(map, stream, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <inheritdoc />
    public override string ToString() => $"Formats: {string.Join(", ", _formats.Select(f => f.Name))}";

    private IJourneyMapReader ReaderFor(string path)
    {
        var format = FindFor(path);
        return format.Reader ?? throw new ArgumentException($"The format '{format.Name}' cannot read maps; it only writes them.", nameof(path));
    }

    private IJourneyMapWriter WriterFor(string path)
    {
        var format = FindFor(path);
        return format.Writer ?? throw new ArgumentException($"The format '{format.Name}' cannot write maps; it only reads them.", nameof(path));
    }

    private JourneyMapFormat FindFor(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        return FindByExtension(path) ?? throw new ArgumentException(
            $"No format answers to the extension of '{Path.GetFileName(path)}'; known extensions: {string.Join(", ", _formats.SelectMany(f => f.Extensions))}.",
            nameof(path));
    }
}
