using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Unicode;
using JourneyKit.Diffing;
using JourneyKit.Model.Shapes;

namespace JourneyKit.Serialization.Json;

/// <summary>
/// Writes diffs as JSON in a documented, versioned shape (see docs/diffing.md) and reads them back into equal diffs,
/// so a diff can be stored, sent and applied elsewhere.
/// </summary>
/// <remarks>Immutable and thread-safe. The same diff always gives the same bytes.</remarks>
public sealed class JourneyDiffJson
{
    /// <summary>The name used for this format in errors.</summary>
    public const string FormatName = "JourneyKit diff JSON";

    /// <summary>The version of the shape this library writes, in the <c>diffSchemaVersion</c> property.</summary>
    public const int CurrentSchemaVersion = 1;

    private readonly ReadLimits _limits = ReadLimits.Default;

    /// <summary>Gets the format that writes indented JSON and reads within <see cref="ReadLimits.Default"/>.</summary>
    public static JourneyDiffJson Default { get; } = new();

    /// <summary>Gets whether diffs are written as indented lines for people to read (the default) or as one compact line.</summary>
    public bool Indented { get; init; } = true;

    /// <summary>Gets the limits a document must keep to when read, checked before the cost is paid.</summary>
    /// <exception cref="ArgumentNullException">The value is <see langword="null"/>.</exception>
    public ReadLimits Limits { get => _limits; init => _limits = value ?? throw new ArgumentNullException(nameof(value)); }

    /// <summary>Writes a diff as JSON text.</summary>
    /// <param name="diff">The diff.</param>
    /// <returns>The JSON text.</returns>
    public string Serialize(JourneyDiff diff) => Encoding.UTF8.GetString(SerializeToUtf8Bytes(diff));

    /// <summary>Writes a diff as UTF-8 JSON bytes.</summary>
    /// <param name="diff">The diff.</param>
    /// <returns>The JSON document's bytes.</returns>
    public byte[] SerializeToUtf8Bytes(JourneyDiff diff)
    {
        using var stream = new MemoryStream();
        Serialize(diff, stream);
        return stream.ToArray();
    }

    /// <summary>Writes a diff as UTF-8 JSON to a stream.</summary>
    /// <param name="diff">The diff.</param>
    /// <param name="stream">The stream to write to; it stays open.</param>
    public void Serialize(JourneyDiff diff, Stream stream)
    {
        ArgumentNullException.ThrowIfNull(diff);
        ArgumentNullException.ThrowIfNull(stream);
        using var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = Indented, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        writer.WriteStartObject();
        writer.WriteNumber("diffSchemaVersion", CurrentSchemaVersion);
        writer.WriteStartArray("changes");
        foreach (var change in diff.Changes)
        {
            WriteChange(writer, change);
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    /// <summary>Writes a diff as UTF-8 JSON to a stream without blocking.</summary>
    /// <param name="diff">The diff.</param>
    /// <param name="stream">The stream to write to; it stays open.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>A task that completes when the diff is written.</returns>
    public ValueTask SerializeAsync(JourneyDiff diff, Stream stream, CancellationToken cancellationToken = default) =>
        FormatText.WriteAsync(SerializeToUtf8Bytes(diff), stream, cancellationToken);

    /// <summary>Reads a diff from JSON text.</summary>
    /// <param name="json">The JSON text.</param>
    /// <returns>The diff, equal to the one written.</returns>
    /// <exception cref="JourneyFormatException">The text is not a diff of a known version, or is over a limit; the message names the place.</exception>
    public JourneyDiff Deserialize(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        if (json.Length > Limits.MaxDocumentBytes)
        {
            throw ReadLimits.Exceeded(FormatName, "characters", Limits.MaxDocumentBytes, nameof(ReadLimits.MaxDocumentBytes));
        }

        return Parse(BoundedInput.Utf8(json, FormatName), Limits);
    }

    /// <summary>Reads a diff from UTF-8 JSON bytes; a leading byte order mark is skipped.</summary>
    /// <param name="utf8Json">The JSON document's bytes.</param>
    /// <returns>The diff, equal to the one written.</returns>
    /// <exception cref="JourneyFormatException">The bytes are not a diff of a known version, or are over a limit; the message names the place.</exception>
    public JourneyDiff Deserialize(ReadOnlyMemory<byte> utf8Json) =>
        utf8Json.Length > Limits.MaxDocumentBytes
            ? throw ReadLimits.Exceeded(FormatName, "bytes", Limits.MaxDocumentBytes, nameof(ReadLimits.MaxDocumentBytes))
            : Parse(utf8Json, Limits);

    /// <summary>Reads a diff from a stream of UTF-8 JSON, no further than the document limit.</summary>
    /// <param name="stream">The stream; it stays open.</param>
    /// <returns>The diff, equal to the one written.</returns>
    /// <exception cref="JourneyFormatException">The JSON is not a diff of a known version, or is over a limit; the message names the place.</exception>
    public JourneyDiff Deserialize(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        return Parse(BoundedInput.ReadAll(stream, Limits.MaxDocumentBytes, FormatName), Limits);
    }

    /// <summary>Reads a diff from a stream of UTF-8 JSON without blocking, no further than the document limit.</summary>
    /// <param name="stream">The stream; it stays open.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The diff, equal to the one written.</returns>
    /// <exception cref="JourneyFormatException">The JSON is not a diff of a known version, or is over a limit; the message names the place.</exception>
    public async ValueTask<JourneyDiff> DeserializeAsync(Stream stream, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stream);
        return Parse(await BoundedInput.ReadAllAsync(stream, Limits.MaxDocumentBytes, FormatName, cancellationToken).ConfigureAwait(false), Limits);
    }

    private static JourneyDiff Parse(ReadOnlyMemory<byte> utf8, ReadLimits limits)
    {
        var bytes = utf8.Span.StartsWith(Utf8Bom) ? utf8[Utf8Bom.Length..] : utf8;
        if (!Utf8.IsValid(bytes.Span))
        {
            var (line, column) = InvalidUtf8At(bytes.Span);
            throw new JourneyFormatException("The text is not valid UTF-8.", FormatName, line, column, null, null);
        }

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(bytes, new JsonDocumentOptions { MaxDepth = limits.MaxDepth, AllowDuplicateProperties = false });
        }
        catch (JsonException ex)
        {
            throw new JourneyFormatException($"The text is not valid JSON: {ex.Message}", FormatName, ex.LineNumber + 1, ex.BytePositionInLine + 1, ex.Path, null, ex);
        }
        catch (InvalidOperationException ex)
        {
            // System.Text.Json decodes member names to look for duplicates and throws this for an unpaired surrogate escape in one.
            throw new JourneyFormatException("A member name is not valid Unicode (it holds an unpaired surrogate escape).", FormatName, null, null, "$", null, ex);
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                throw Error("$", "Expected an object with 'diffSchemaVersion' and 'changes'.");
            }

            var objects = 0;
            CheckText(root, null, limits, ref objects);
            foreach (var member in root.EnumerateObject())
            {
                if (member.Name is not ("diffSchemaVersion" or "changes"))
                {
                    throw Error($"$.{member.Name}", $"A diff has no member '{member.Name}'; expected 'diffSchemaVersion' and 'changes'.");
                }
            }

            if (!root.TryGetProperty("diffSchemaVersion", out var version) || !(version.ValueKind == JsonValueKind.Number && version.TryGetInt32(out var number)))
            {
                throw Error("$.diffSchemaVersion", "Expected the integer 'diffSchemaVersion'.");
            }

            if (number != CurrentSchemaVersion)
            {
                throw Error("$.diffSchemaVersion", string.Create(CultureInfo.InvariantCulture, $"Version {number} is not known; this library reads version {CurrentSchemaVersion}."));
            }

            if (!root.TryGetProperty("changes", out var changes) || changes.ValueKind != JsonValueKind.Array)
            {
                throw Error("$.changes", "Expected the array 'changes'.");
            }

            var list = new List<JourneyChange>(changes.GetArrayLength());
            foreach (var change in changes.EnumerateArray())
            {
                list.Add(ReadChange(change, string.Create(CultureInfo.InvariantCulture, $"$.changes[{list.Count}]")));
            }

            return new JourneyDiff(ValueList.From(list));
        }
    }

    private static ReadOnlySpan<byte> Utf8Bom => [0xEF, 0xBB, 0xBF];

    /// <summary>
    /// Checks, before anything is made of the document, that every string and member name is valid Unicode and within
    /// the length limit, and that the document has no more objects than the element limit. The path of a value is made
    /// only for an error, so a long name or a deep document costs no more than its size.
    /// </summary>
    private static void CheckText(JsonElement json, Trail? trail, ReadLimits limits, ref int objects)
    {
        switch (json.ValueKind)
        {
            case JsonValueKind.String:
                CheckString(json, trail, limits);
                break;
            case JsonValueKind.Array:
                var i = 0;
                foreach (var item in json.EnumerateArray())
                {
                    CheckText(item, new Trail(trail, null, i++), limits, ref objects);
                }

                break;
            case JsonValueKind.Object:
                if (++objects > limits.MaxElements)
                {
                    throw ReadLimits.Exceeded(FormatName, "objects", limits.MaxElements, nameof(ReadLimits.MaxElements), path: Trail.Text(trail));
                }

                foreach (var member in json.EnumerateObject())
                {
                    string name;
                    try
                    {
                        name = member.Name;
                    }
                    catch (InvalidOperationException)
                    {
                        throw Error(Trail.Text(trail), "A member name is not valid Unicode (it holds an unpaired surrogate escape).");
                    }

                    if (name.Length > limits.MaxStringLength)
                    {
                        throw ReadLimits.Exceeded(FormatName, "characters in one member name", limits.MaxStringLength, nameof(ReadLimits.MaxStringLength), path: Trail.Text(trail));
                    }

                    CheckText(member.Value, new Trail(trail, name, 0), limits, ref objects);
                }

                break;
        }
    }

    private static string ItemPath(string path, int index) => string.Create(CultureInfo.InvariantCulture, $"{path}[{index}]");

    private static void CheckString(JsonElement json, Trail? trail, ReadLimits limits)
    {
        string text;
        try
        {
            text = json.GetString()!;
        }
        catch (InvalidOperationException)
        {
            throw Error(Trail.Text(trail), "The string is not valid Unicode (it holds an unpaired surrogate escape).");
        }

        if (text.Length > limits.MaxStringLength)
        {
            throw ReadLimits.Exceeded(FormatName, "characters in one string", limits.MaxStringLength, nameof(ReadLimits.MaxStringLength), path: Trail.Text(trail));
        }
    }

    /// <summary>The way from the root to a value, one step per member or item, written out only for an error.</summary>
    private sealed record Trail(Trail? Parent, string? Member, int Index)
    {
        public static string Text(Trail? trail)
        {
            var steps = new Stack<Trail>();
            for (var step = trail; step is not null; step = step.Parent)
            {
                steps.Push(step);
            }

            var text = new StringBuilder("$");
            foreach (var step in steps)
            {
                _ = step.Member is null ? text.Append('[').Append(step.Index.ToString(CultureInfo.InvariantCulture)).Append(']') : text.Append('.').Append(step.Member);
            }

            return text.ToString();
        }
    }

    private static (long Line, long Column) InvalidUtf8At(ReadOnlySpan<byte> bytes)
    {
        var valid = bytes.Length;
        if (Utf8.ToUtf16(bytes, new char[bytes.Length], out var read, out _, replaceInvalidSequences: false) != System.Buffers.OperationStatus.Done)
        {
            valid = read;
        }

        var before = bytes[..valid];
        var line = before.Count((byte)'\n') + 1;
        var column = valid - (before.LastIndexOf((byte)'\n') + 1) + 1;
        return (line, column);
    }

    private static void WriteChange(Utf8JsonWriter writer, JourneyChange change)
    {
        writer.WriteStartObject();
        writer.WriteString("change", JourneyChange.Word(change.Kind));
        writer.WriteString("element", ElementKinds.Word(change.ElementKind));
        writer.WriteString("id", change.ElementId);
        if (change.PreviousId is not null)
        {
            writer.WriteString("previousId", change.PreviousId);
        }

        if (change.Property is not null)
        {
            writer.WriteString("property", change.Property);
        }

        var shape = Shapes.Of(change.ElementKind);
        if (change.Kind is ChangeKind.PropertyChanged or ChangeKind.Renamed)
        {
            var codec = change.Codec ?? TextCodec.Instance;
            writer.WritePropertyName("before");
            codec.Write(writer, change.Before);
            writer.WritePropertyName("after");
            codec.Write(writer, change.After);
        }
        else if (change.Kind == ChangeKind.Removed)
        {
            writer.WritePropertyName("before");
            WriteElement(writer, shape, change.Before!);
        }
        else if (change.Kind == ChangeKind.Added)
        {
            writer.WritePropertyName("after");
            WriteElement(writer, shape, change.After!);
        }

        WritePlace(writer, "from", change.FromParent, change.FromIndex);
        WritePlace(writer, "to", change.ToParent, change.ToIndex);
        if (change.Confidence < 1)
        {
            writer.WriteNumber("confidence", change.Confidence);
        }

        writer.WriteString("path", change.Path.Value);
        writer.WriteString("location", change.Location);
        if (change.StageId is not null)
        {
            writer.WriteString("stage", change.StageId);
        }

        writer.WriteEndObject();
    }

    private static void WritePlace(Utf8JsonWriter writer, string name, ElementRef? parent, int? index)
    {
        if (parent is not { } p)
        {
            return;
        }

        writer.WriteStartObject(name);
        writer.WriteString("kind", ElementKinds.Word(p.Kind));
        writer.WriteString("id", p.Id);
        writer.WriteNumber("index", index ?? 0);
        writer.WriteEndObject();
    }

    private static void WriteElement(Utf8JsonWriter writer, ElementShape shape, object element)
    {
        writer.WriteStartObject();
        writer.WriteString("id", shape.IdOf(element));
        for (var p = 0; p < shape.PropertyCount; p++)
        {
            var value = shape.Get(element, p);
            if (shape.IsLaterAddition(p) && value is ValueMap { IsEmpty: true } or ValueList<string> { IsEmpty: true })
            {
                continue;
            }

            writer.WritePropertyName(shape.PropertyName(p));
            shape.Codec(p).Write(writer, value);
        }

        for (var slot = 0; slot < shape.ChildKinds.Length; slot++)
        {
            var childShape = Shapes.Of(shape.ChildKinds[slot]);
            var children = shape.ChildrenOf(element, slot);
            if (children.Length == 0 && childShape.CollectionIsLaterAddition)
            {
                continue;
            }

            writer.WriteStartArray(childShape.Collection);
            foreach (var child in children)
            {
                WriteElement(writer, childShape, child);
            }

            writer.WriteEndArray();
        }

        writer.WriteEndObject();
    }

    private static readonly string[] ChangeMembers = ["change", "element", "id", "previousId", "property", "before", "after", "from", "to", "confidence", "path", "location", "stage"];

    private static JourneyChange ReadChange(JsonElement json, string path)
    {
        if (json.ValueKind != JsonValueKind.Object)
        {
            throw Error(path, "Expected a change object.");
        }

        foreach (var member in json.EnumerateObject())
        {
            if (Array.IndexOf(ChangeMembers, member.Name) < 0)
            {
                throw Error($"{path}.{member.Name}", $"A change has no member '{member.Name}'; expected one of {string.Join(", ", ChangeMembers)}.");
            }
        }

        var kindWord = Text(json, "change", path);
        var kind = Enum.GetValues<ChangeKind>().FirstOrDefault(k => JourneyChange.Word(k) == kindWord, (ChangeKind)(-1));
        if (kind < 0)
        {
            throw Error($"{path}.change", $"'{kindWord}' is not a change kind; expected one of {string.Join(", ", Enum.GetValues<ChangeKind>().Select(JourneyChange.Word))}.");
        }

        var elementWord = Text(json, "element", path);
        if (!ElementKinds.TryParse(elementWord, out var elementKind))
        {
            throw Error($"{path}.element", $"'{elementWord}' is not an element kind.");
        }

        var shape = Shapes.Of(elementKind);
        var property = OptionalText(json, "property", path);
        object? before = null;
        object? after = null;
        if (kind is ChangeKind.PropertyChanged or ChangeKind.Renamed)
        {
            var index = property is null ? -1 : shape.PropertyIndex(property);
            if (property is not null && index < 0)
            {
                throw Error($"{path}.property", $"A {ElementKinds.ReadableWord(elementKind)} has no property '{property}'.");
            }

            var codec = index < 0 ? TextCodec.Instance : shape.Codec(index);
            before = codec.Read(Required(json, "before", path), $"{path}.before");
            after = codec.Read(Required(json, "after", path), $"{path}.after");
        }
        else if (kind == ChangeKind.Removed)
        {
            before = ReadElement(shape, Required(json, "before", path), $"{path}.before");
        }
        else if (kind == ChangeKind.Added)
        {
            after = ReadElement(shape, Required(json, "after", path), $"{path}.after");
        }

        var (fromParent, fromIndex) = ReadPlace(json, "from", path);
        var (toParent, toIndex) = ReadPlace(json, "to", path);
        var confidence = 1.0;
        if (json.TryGetProperty("confidence", out var c) && (c.ValueKind != JsonValueKind.Number || !c.TryGetDouble(out confidence) || confidence is < 0 or > 1))
        {
            throw Error($"{path}.confidence", "Expected a number from 0 to 1.");
        }

        var needsFrom = kind is ChangeKind.Removed or ChangeKind.Moved or ChangeKind.Reordered;
        var needsTo = kind is ChangeKind.Added or ChangeKind.Moved or ChangeKind.Reordered;
        if (needsFrom != fromParent.HasValue || needsTo != toParent.HasValue)
        {
            throw Error(path, $"A change '{kindWord}' {(needsFrom ? "needs" : "has no")} 'from' and {(needsTo ? "needs" : "has no")} 'to'.");
        }

        var journeyPath = JourneyPathOf(Text(json, "path", path), $"{path}.path");
        var previousId = OptionalText(json, "previousId", path);
        return new JourneyChange(
            kind, elementKind, IdText(json, "id", path), previousId is null ? null : IdText(json, "previousId", path), property, before, after,
            fromParent, fromIndex, toParent, toIndex, confidence, journeyPath, Text(json, "location", path), OptionalText(json, "stage", path));
    }

    /// <summary>Reads a path as written, segment by segment in one pass: each segment is already escaped.</summary>
    private static JourneyPath JourneyPathOf(string text, string path)
    {
        if (!text.StartsWith('/'))
        {
            throw Error(path, "Expected a path that starts with '/'.");
        }

        var segments = text.AsSpan(1);
        if (!segments.IsEmpty)
        {
            foreach (var segment in segments.Split('/'))
            {
                if (segments[segment].IsWhiteSpace())
                {
                    throw Error(path, "A path segment must not be blank.");
                }
            }
        }

        return JourneyPath.FromText(text);
    }

    private static string IdText(JsonElement json, string name, string path)
    {
        var id = Text(json, name, path);
        return ElementIds.IsValid(id) ? id : throw new JourneyFormatException(ElementIds.InvalidMessage(id, Shorten(id)), FormatName, null, null, $"{path}.{name}", null);
    }

    private static string Shorten(string text) => text.Length <= 60 ? text : string.Concat(text.AsSpan(0, 57), "...");

    private static (ElementRef? Parent, int? Index) ReadPlace(JsonElement json, string name, string path)
    {
        if (!json.TryGetProperty(name, out var place))
        {
            return (null, null);
        }

        var at = $"{path}.{name}";
        if (place.ValueKind != JsonValueKind.Object || !place.TryGetProperty("index", out var index) || !(index.ValueKind == JsonValueKind.Number && index.TryGetInt32(out var i)) || i < 0)
        {
            throw Error(at, "Expected a place {\"kind\", \"id\", \"index\"} with an index of 0 or more.");
        }

        var word = Text(place, "kind", at);
        return ElementKinds.TryParse(word, out var kind)
            ? (new ElementRef(kind, IdText(place, "id", at)), i)
            : throw Error($"{at}.kind", $"'{word}' is not an element kind.");
    }

    private static object ReadElement(ElementShape shape, JsonElement json, string path)
    {
        if (json.ValueKind != JsonValueKind.Object)
        {
            throw Error(path, $"Expected {ElementKinds.WithArticle(shape.Kind)} object.");
        }

        var id = IdText(json, "id", path);
        foreach (var member in json.EnumerateObject())
        {
            if (member.Name != "id" && shape.PropertyIndex(member.Name) < 0 && !shape.ChildKinds.Any(kind => Shapes.Of(kind).Collection == member.Name))
            {
                throw Error($"{path}.{member.Name}", $"{ElementKinds.WithArticle(shape.Kind)} has no member '{member.Name}'.");
            }
        }

        var values = new object?[shape.PropertyCount];
        for (var p = 0; p < values.Length; p++)
        {
            var name = shape.PropertyName(p);
            values[p] = shape.IsLaterAddition(p) && !json.TryGetProperty(name, out _)
                ? shape.Codec(p) is PropertiesCodec ? ValueMap.Empty : ValueList<string>.Empty
                : shape.Codec(p).Read(Required(json, name, path), $"{path}.{name}");
        }

        var children = new object[shape.ChildKinds.Length][];
        for (var slot = 0; slot < children.Length; slot++)
        {
            var childShape = Shapes.Of(shape.ChildKinds[slot]);
            if (childShape.CollectionIsLaterAddition && !json.TryGetProperty(childShape.Collection, out _))
            {
                children[slot] = [];
                continue;
            }

            var list = Required(json, childShape.Collection, path);
            if (list.ValueKind != JsonValueKind.Array)
            {
                throw Error($"{path}.{childShape.Collection}", "Expected an array.");
            }

            children[slot] = [.. list.EnumerateArray().Select((child, i) => ReadElement(childShape, child, ItemPath($"{path}.{childShape.Collection}", i)))];
        }

        return shape.Create(id, values, children);
    }

    private static JsonElement Required(JsonElement json, string name, string path) =>
        json.TryGetProperty(name, out var value) ? value : throw Error($"{path}.{name}", $"The member '{name}' is missing.");

    private static string Text(JsonElement json, string name, string path) =>
        OptionalText(json, name, path) ?? throw Error($"{path}.{name}", $"The string member '{name}' is missing.");

    private static string? OptionalText(JsonElement json, string name, string path)
    {
        if (!json.TryGetProperty(name, out var value))
        {
            return null;
        }

        return value.ValueKind == JsonValueKind.String ? value.GetString() : throw Error($"{path}.{name}", $"Expected '{name}' to be a string.");
    }

    private static JourneyFormatException Error(string path, string reason) => new(reason, FormatName, null, null, path, null);
}
