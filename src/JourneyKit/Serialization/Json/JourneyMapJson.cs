using System.Globalization;
using System.Buffers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace JourneyKit.Serialization.Json;

/// <summary>
/// The canonical JSON format of a journey map: versioned, strict, streaming, and byte-for-byte deterministic.
/// </summary>
/// <remarks>
/// <para>
/// Writing gives camelCase properties in a fixed order, leaves out defaults and empty collections, and ends lines
/// with <c>\n</c>, in UTF-8 without a byte order mark: the same map always gives the same bytes. Reading accepts
/// exactly what <c>journeymap.v1.schema.json</c> describes and fails with one <see cref="JourneyFormatException"/>
/// naming the line, column, JSON path and element for anything else; older schema versions are upgraded on read.
/// </para>
/// <para>Large maps stream: neither direction holds the whole document in memory. Immutable and thread-safe.</para>
/// </remarks>
public sealed class JourneyMapJson : IJourneyMapReader, IJourneyMapWriter
{
    /// <summary>The schema version this version of JourneyKit writes, and the newest it reads.</summary>
    public const int CurrentSchemaVersion = 1;

    internal const string FormatName = "json";

    private const int FlushThreshold = 32 * 1024;

    private readonly ValueList<IJsonMigration> _migrations;
    private readonly int _bufferSize;
    private readonly JourneyMapJsonOptions _options;

    /// <summary>Creates the format with <see cref="JourneyMapJsonOptions.Default"/>; set <see cref="Options"/> to write or read otherwise.</summary>
    public JourneyMapJson()
        : this(null, ValueList<IJsonMigration>.Empty)
    {
    }

    /// <summary>Creates the format with migrations from older versions and, for tests, a small stream window.</summary>
    internal JourneyMapJson(JourneyMapJsonOptions? options, ValueList<IJsonMigration> migrations, int bufferSize = JsonInput.DefaultBufferSize)
    {
        _bufferSize = bufferSize;
        _options = options ?? JourneyMapJsonOptions.Default;
        _migrations = migrations;
        Format = new JourneyMapFormat(FormatName, [".json"], ["application/json"], this, this);
    }

    /// <summary>Gets the oldest schema version the migrations can upgrade, checked before a document is buffered for upgrading.</summary>
    private int OldestUpgradable => CurrentSchemaVersion - _migrations.Count;

    /// <summary>Gets the format with default options: indented output and safe reading limits.</summary>
    public static JourneyMapJson Default { get; } = new();

    /// <summary>
    /// Gets the JSON Schema (draft 2020-12) of the documents this version writes and reads, the text of
    /// <c>journeymap.v1.schema.json</c>, for tools outside .NET.
    /// </summary>
    public static string Schema => EmbeddedSchema.Text;

    /// <summary>Gets how this format writes and the limits it reads within; set it in an object initializer, as in <c>new JourneyMapJson { Options = ... }</c>.</summary>
    /// <exception cref="ArgumentNullException">The value is <see langword="null"/>.</exception>
    public JourneyMapJsonOptions Options { get => _options; init => _options = value ?? throw new ArgumentNullException(nameof(value)); }

    /// <summary>Gets this format's entry for a <see cref="JourneyMapFormats"/> set: named "json", for ".json" files and "application/json".</summary>
    public JourneyMapFormat Format { get; }

    /// <summary>Writes a map as JSON text.</summary>
    /// <param name="map">The map.</param>
    /// <returns>The JSON document.</returns>
    public string Serialize(JourneyMap map) => Encoding.UTF8.GetString(SerializeToUtf8Bytes(map));

    /// <summary>Writes a map as UTF-8 JSON bytes.</summary>
    /// <param name="map">The map.</param>
    /// <returns>The JSON document's bytes.</returns>
    public byte[] SerializeToUtf8Bytes(JourneyMap map)
    {
        ArgumentNullException.ThrowIfNull(map);
        using var buffer = new PooledBufferWriter();
        using (var json = new Utf8JsonWriter(buffer, JsonMapWriter.WriterOptions(Options.Indented)))
        {
            using var parts = new JsonMapWriter(json).Parts(map).GetEnumerator();
            while (parts.MoveNext())
            {
            }
        }

        End(buffer);
        return buffer.WrittenSpan.ToArray();
    }

    /// <summary>Reads a map from JSON text.</summary>
    /// <param name="json">The JSON document.</param>
    /// <returns>The map.</returns>
    /// <exception cref="JourneyFormatException">The text is not a valid map document.</exception>
    public JourneyMap Deserialize(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        return Deserialize(BoundedInput.Utf8(json, FormatName));
    }

    /// <summary>Reads a map from UTF-8 JSON bytes.</summary>
    /// <param name="utf8Json">The JSON document's bytes; a leading byte order mark is skipped.</param>
    /// <returns>The map.</returns>
    /// <exception cref="JourneyFormatException">The bytes are not a valid map document.</exception>
    public JourneyMap Deserialize(ReadOnlyMemory<byte> utf8Json)
    {
        using var input = new JsonInput(utf8Json, Options.MaxDocumentBytes);
        return ReadWhole(input, string.Empty, out var version) ?? Upgrade(version, input.Window.ToArray());
    }

    /// <summary>Reads a map from a stream of UTF-8 JSON, a window at a time: the document is never held whole.</summary>
    /// <param name="stream">The stream; it stays open.</param>
    /// <returns>The map.</returns>
    /// <exception cref="JourneyFormatException">The stream does not hold a valid map document.</exception>
    public JourneyMap Deserialize(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var input = NewStreamInput();
        var parser = new JsonMapParser(Options, input, OldestUpgradable);
        try
        {
            while (true)
            {
                input.Fill(stream);
                if (input.IsReady && Advance(parser, input))
                {
                    return parser.Finish();
                }
            }
        }
        catch (JsonMapParser.MigrationNeeded migration)
        {
            using var rest = new MemoryStream();
            rest.Write(WholeObject(input.Window));
            CopyBounded(stream, rest);
            return Upgrade(migration.Version, rest.ToArray());
        }
    }

    /// <summary>Reads a map from a stream of UTF-8 JSON without blocking, a window at a time.</summary>
    /// <param name="stream">The stream; it stays open.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The map.</returns>
    /// <exception cref="JourneyFormatException">The stream does not hold a valid map document.</exception>
    public async ValueTask<JourneyMap> DeserializeAsync(Stream stream, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var input = NewStreamInput();
        var parser = new JsonMapParser(Options, input, OldestUpgradable);
        try
        {
            while (true)
            {
                await input.FillAsync(stream, cancellationToken).ConfigureAwait(false);
                if (input.IsReady && Advance(parser, input))
                {
                    return parser.Finish();
                }
            }
        }
        catch (JsonMapParser.MigrationNeeded migration)
        {
            using var rest = new MemoryStream();
            rest.Write(WholeObject(input.Window));
            await CopyBoundedAsync(stream, rest, cancellationToken).ConfigureAwait(false);
            return Upgrade(migration.Version, rest.ToArray());
        }
    }

    /// <summary>Writes a map to a stream as UTF-8 JSON, flushing every 32 KiB: the document is never held whole.</summary>
    /// <param name="map">The map.</param>
    /// <param name="stream">The stream; it stays open.</param>
    public void Serialize(JourneyMap map, Stream stream)
    {
        ArgumentNullException.ThrowIfNull(map);
        ArgumentNullException.ThrowIfNull(stream);
        using var buffer = new PooledBufferWriter();
        using (var json = new Utf8JsonWriter(buffer, JsonMapWriter.WriterOptions(Options.Indented)))
        {
            using var parts = new JsonMapWriter(json).Parts(map).GetEnumerator();
            while (parts.MoveNext())
            {
                if (json.BytesPending + buffer.WrittenCount > FlushThreshold)
                {
                    json.Flush();
                    stream.Write(buffer.WrittenSpan);
                    buffer.Clear();
                }
            }
        }

        End(buffer);
        stream.Write(buffer.WrittenSpan);
        stream.Flush();
    }

    /// <summary>Writes a map to a stream as UTF-8 JSON without blocking, flushing every 32 KiB.</summary>
    /// <param name="map">The map.</param>
    /// <param name="stream">The stream; it stays open.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>A task that completes when the map is written.</returns>
    public async ValueTask SerializeAsync(JourneyMap map, Stream stream, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(map);
        ArgumentNullException.ThrowIfNull(stream);
        using var buffer = new PooledBufferWriter();
        var json = new Utf8JsonWriter(buffer, JsonMapWriter.WriterOptions(Options.Indented));
        await using (json.ConfigureAwait(false))
        {
            using var parts = new JsonMapWriter(json).Parts(map).GetEnumerator();
            while (parts.MoveNext())
            {
                if (json.BytesPending + buffer.WrittenCount > FlushThreshold)
                {
                    json.Flush();
                    await stream.WriteAsync(buffer.WrittenMemory, cancellationToken).ConfigureAwait(false);
                    buffer.Clear();
                }
            }
        }

        End(buffer);
        await stream.WriteAsync(buffer.WrittenMemory, cancellationToken).ConfigureAwait(false);
        await stream.FlushAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public override string ToString() => $"JSON (schemaVersion {CurrentSchemaVersion}{(Options.Indented ? ", indented" : ", compact")})";

    /// <summary>Ends an indented document with a newline, as text files end.</summary>
    private void End(PooledBufferWriter buffer)
    {
        if (Options.Indented)
        {
            buffer.Write("\n"u8);
        }
    }

    private JsonInput NewStreamInput() => new(Options.MaxDocumentBytes, _bufferSize) { State = new JsonReaderState(ReaderOptions()) };

    private JsonReaderOptions ReaderOptions() => new()
    {
        MaxDepth = Options.MaxDepth,
        CommentHandling = JsonCommentHandling.Disallow,
        AllowTrailingCommas = false,
    };

    private static bool Advance(JsonMapParser parser, JsonInput input)
    {
        var reader = new Utf8JsonReader(input.Window, input.IsFinal, input.State);
        try
        {
            return parser.Advance(ref reader);
        }
        catch (JsonException ex)
        {
            throw parser.Fail(ex);
        }
    }

    /// <summary>Reads a document held in memory; returns null, with its version, when it must be upgraded first.</summary>
    private JourneyMap? ReadWhole(JsonInput input, string afterMigration, out int version)
    {
        input.State = new JsonReaderState(ReaderOptions());
        var parser = new JsonMapParser(Options, input, OldestUpgradable, afterMigration);
        try
        {
            version = CurrentSchemaVersion;
            return Advance(parser, input) ? parser.Finish() : throw new InvalidOperationException("A whole document was not read whole.");
        }
        catch (JsonMapParser.MigrationNeeded migration)
        {
            version = migration.Version;
            return null;
        }
    }

    private JourneyMap Upgrade(int version, byte[] document)
    {
        JsonObject root;
        try
        {
            var node = JsonNode.Parse(document, documentOptions: new JsonDocumentOptions { MaxDepth = Options.MaxDepth });
            root = node as JsonObject ?? throw new JourneyFormatException("The document is not a JSON object.", FormatName, 1, 1, "$", null);
            for (var from = version; from < CurrentSchemaVersion; from++)
            {
                var step = _migrations.FirstOrDefault(m => m.FromVersion == from) ?? throw new JourneyFormatException(
                    string.Create(CultureInfo.InvariantCulture, $"The document has schemaVersion {version}, which this version of JourneyKit cannot upgrade (versions start at {CurrentSchemaVersion - _migrations.Count})."),
                    FormatName,
                    null,
                    null,
                    "$.schemaVersion",
                    null);
                step.Upgrade(root);
                root["schemaVersion"] = from + 1;
            }
        }
        catch (JsonException ex)
        {
            throw new JourneyFormatException($"The document is not valid JSON: {ex.Message}", FormatName, ex.LineNumber + 1, ex.BytePositionInLine + 1, ex.Path, null, ex);
        }
        catch (Exception ex) when (ex is InvalidOperationException or ArgumentException or FormatException)
        {
            throw new JourneyFormatException(string.Create(CultureInfo.InvariantCulture, $"The document could not be upgraded from schemaVersion {version}: {ex.Message}"), FormatName, null, null, null, null, ex);
        }

        var upgraded = new ArrayBufferWriter<byte>();
        using (var json = new Utf8JsonWriter(upgraded))
        {
            root.WriteTo(json);
        }

        using var input = new JsonInput(upgraded.WrittenMemory, Options.MaxDocumentBytes);
        return ReadWhole(input, string.Create(CultureInfo.InvariantCulture, $" (in the document as upgraded from schemaVersion {version})"), out _)!;
    }

    /// <summary>Gives the document from its opening brace: the reader may have let go of the brace before it saw the version.</summary>
    private static byte[] WholeObject(ReadOnlySpan<byte> window)
    {
        var trimmed = window.TrimStart(" \t\r\n"u8);
        return trimmed.Length > 0 && trimmed[0] == (byte)'{' ? trimmed.ToArray() : [(byte)'{', .. window];
    }

    private void CopyBounded(Stream source, MemoryStream destination)
    {
        var buffer = new byte[81920];
        int read;
        while ((read = source.Read(buffer)) > 0)
        {
            destination.Write(buffer, 0, read);
            CheckSize(destination);
        }
    }

    private async Task CopyBoundedAsync(Stream source, MemoryStream destination, CancellationToken cancellationToken)
    {
        var buffer = new byte[81920];
        int read;
        while ((read = await source.ReadAsync(buffer, cancellationToken).ConfigureAwait(false)) > 0)
        {
            destination.Write(buffer, 0, read);
            CheckSize(destination);
        }
    }

    private void CheckSize(MemoryStream document)
    {
        if (document.Length > Options.MaxDocumentBytes)
        {
            throw new JourneyFormatException(
                string.Create(CultureInfo.InvariantCulture, $"The document is larger than the limit of {Options.MaxDocumentBytes:N0} bytes; raise JourneyMapJsonOptions.MaxDocumentBytes if it is genuine."),
                FormatName,
                null,
                null,
                null,
                null);
        }
    }

    /// <summary>Loads the schema on first use only.</summary>
    private static class EmbeddedSchema
    {
        public static readonly string Text = Load();

        private static string Load()
        {
            using var stream = typeof(JourneyMapJson).Assembly.GetManifestResourceStream("JourneyKit.journeymap.v1.schema.json")!;
            using var reader = new StreamReader(stream, Encoding.UTF8);
            return reader.ReadToEnd();
        }
    }
}
