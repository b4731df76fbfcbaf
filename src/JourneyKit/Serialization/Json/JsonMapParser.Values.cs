using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Unicode;

namespace JourneyKit.Serialization.Json;

/// <summary>Reading single tokens and values, each failing with the place and a message that says what was expected.</summary>
internal sealed partial class JsonMapParser
{
    private const string InvalidText = "The string is not valid UTF-8 (or escapes an unpaired surrogate); save the document as UTF-8.";

    private const int MaxSharedLength = 64;
    private const int MaxShared = 4096;

    private readonly HashSet<string> _shared = new(StringComparer.Ordinal);
    private HashSet<string> _listed = new(StringComparer.Ordinal);
    private byte[] _nameScratch = new byte[64];

    private void Read(ref Utf8JsonReader reader)
    {
        if (!reader.Read())
        {
            if (_input.IsFinal)
            {
                throw Fail(ref reader, "The document ends before the map is complete; it may have been cut off.");
            }

            throw new NeedMoreData();
        }
    }

    private void StartObject(ref Utf8JsonReader reader, string what)
    {
        Read(ref reader);
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw WrongKind(ref reader, $"an object ({what})");
        }
    }

    private void StartArray(ref Utf8JsonReader reader, string what)
    {
        Read(ref reader);
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            throw WrongKind(ref reader, $"an array of {what}");
        }
    }

    /// <summary>Moves to the next property of the current object; false at its end.</summary>
    private bool NextProperty(ref Utf8JsonReader reader, out ReadOnlySpan<byte> name)
    {
        Read(ref reader);
        if (reader.TokenType == JsonTokenType.EndObject)
        {
            name = default;
            return false;
        }

        name = PropertyName(ref reader);
        return true;
    }

    /// <summary>Moves to the next item of the current array; false at its end.</summary>
    private bool NextItem(ref Utf8JsonReader reader)
    {
        Read(ref reader);
        return reader.TokenType != JsonTokenType.EndArray;
    }

    private ReadOnlySpan<byte> PropertyName(ref Utf8JsonReader reader)
    {
        if (!reader.ValueIsEscaped)
        {
            return reader.ValueSpan;
        }

        if (reader.ValueSpan.Length > _nameScratch.Length)
        {
            _nameScratch = new byte[reader.ValueSpan.Length];
        }

        try
        {
            var length = reader.CopyString(_nameScratch);
            return _nameScratch.AsSpan(0, length);
        }
        catch (InvalidOperationException)
        {
            throw Fail(ref reader, InvalidText);
        }
    }

    /// <summary>Moves to the next token, which must be a string.</summary>
    private void NextString(ref Utf8JsonReader reader, string expected)
    {
        Read(ref reader);
        if (reader.TokenType != JsonTokenType.String)
        {
            throw WrongKind(ref reader, expected);
        }
    }

    private string String(ref Utf8JsonReader reader)
    {
        NextString(ref reader, "a string");
        return CurrentString(ref reader);
    }

    private string CurrentString(ref Utf8JsonReader reader)
    {
        if (reader.ValueSpan.Length > (long)_options.MaxStringLength * 6)
        {
            throw TooLong(ref reader);
        }

        string value;
        try
        {
            value = reader.GetString()!;
        }
        catch (InvalidOperationException)
        {
            throw Fail(ref reader, InvalidText);
        }

        if (value.Length > _options.MaxStringLength)
        {
            throw TooLong(ref reader);
        }

        return value;
    }

    /// <summary>Reads text people wrote: a string with at least one non-blank character.</summary>
    private string Text(ref Utf8JsonReader reader)
    {
        NextString(ref reader, "a string");
        return CurrentText(ref reader);
    }

    /// <summary>Reads the name or title of an element: text with at least one visible character.</summary>
    private string Name(ref Utf8JsonReader reader)
    {
        var name = Text(ref reader);
        return TextPolicy.IsVisible(name) ? name : throw Fail(ref reader, TextPolicy.NoVisibleCharacter("name"));
    }

    private string Id(ref Utf8JsonReader reader)
    {
        return CheckedId(ref reader, String(ref reader));
    }

    private int Int(ref Utf8JsonReader reader)
    {
        Read(ref reader);
        if (reader.TokenType != JsonTokenType.Number)
        {
            throw WrongKind(ref reader, "a whole number");
        }

        if (reader.TryGetInt32(out var value))
        {
            return value;
        }

        // JSON has one kind of number, so 2.0 and 2e0 are the whole number 2, as for JSON Schema's "integer".
        if (reader.TryGetDecimal(out var number) && number == decimal.Truncate(number) && number is >= int.MinValue and <= int.MaxValue)
        {
            return (int)number;
        }

        throw Fail(ref reader, string.Create(CultureInfo.InvariantCulture, $"{Shorten(Encoding.UTF8.GetString(reader.ValueSpan))} is not a whole number between {int.MinValue} and {int.MaxValue}."));
    }

    private decimal Decimal(ref Utf8JsonReader reader)
    {
        Read(ref reader);
        if (reader.TokenType != JsonTokenType.Number)
        {
            throw WrongKind(ref reader, "a number");
        }

        if (!reader.TryGetDecimal(out var value))
        {
            throw Fail(ref reader, $"{Shorten(Encoding.UTF8.GetString(reader.ValueSpan))} is outside the range of numbers a map can hold (about ±7.9e28, 28 decimal places).");
        }

        return value;
    }

    private bool Boolean(ref Utf8JsonReader reader)
    {
        Read(ref reader);
        return reader.TokenType switch
        {
            JsonTokenType.True => true,
            JsonTokenType.False => false,
            _ => throw WrongKind(ref reader, "true or false"),
        };
    }

    private TEnum Word<TEnum>(ref Utf8JsonReader reader, EnumWords<TEnum> words)
        where TEnum : struct, Enum
    {
        Read(ref reader);
        if (reader.TokenType != JsonTokenType.String)
        {
            throw WrongKind(ref reader, $"one of {words.Words}");
        }

        var span = reader.ValueIsEscaped ? PropertyName(ref reader) : reader.ValueSpan;
        if (!words.TryDecode(span, out var value))
        {
            throw Fail(ref reader, $"'{Shorten(Encoding.UTF8.GetString(span))}' is not a known value; use one of {words.Words} (values are case-sensitive).");
        }

        return value;
    }

    private DateOnly Date(ref Utf8JsonReader reader)
    {
        var text = String(ref reader);
        if (!DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            throw Fail(ref reader, $"'{Shorten(text)}' is not a date; write it as YYYY-MM-DD, such as 2026-11-22.");
        }

        return date;
    }

    private TimeSpan Duration(ref Utf8JsonReader reader)
    {
        var text = String(ref reader);
        if (!IsoDuration.TryParse(text, out var duration))
        {
            throw Fail(ref reader, $"'{Shorten(text)}' is not a duration; write it in ISO 8601 days, hours, minutes and seconds, such as P1D, PT2H30M or PT45S (years, months and weeks vary in length and are not accepted).");
        }

        return duration;
    }

    private ValueList<string> Texts(ref Utf8JsonReader reader, string what) => Strings(ref reader, what, null);

    private ValueList<string> References(ref Utf8JsonReader reader, ElementKind kind, string what) => Strings(ref reader, what, kind);

    /// <summary>Reads an array of texts, or of ids referring to one kind of element, each listed once.</summary>
    private ValueList<string> Strings(ref Utf8JsonReader reader, string what, ElementKind? references)
    {
        StartArray(ref reader, what);
        var items = _strings;
        items.Clear();
        var listed = Listed();
        while (NextItem(ref reader))
        {
            _path.Index(items.Count);
            if (reader.TokenType != JsonTokenType.String)
            {
                throw WrongKind(ref reader, references is null ? "a string" : "an id");
            }

            if (references is { } kind)
            {
                var id = CurrentReference(ref reader, kind);
                items.Add(listed.Add(id) ? id : throw Fail(ref reader, $"'{id}' is listed twice; list it once."));
            }
            else
            {
                items.Add(CurrentRepeatedText(ref reader));
            }

            _path.Pop();
        }

        return new ValueList<string>([.. items]);
    }

    /// <summary>Reads text that maps tend to repeat (actions, thoughts, questions, labels, units) as one shared string per wording.</summary>
    private string RepeatedText(ref Utf8JsonReader reader)
    {
        NextString(ref reader, "a string");
        return CurrentRepeatedText(ref reader);
    }

    private string CurrentRepeatedText(ref Utf8JsonReader reader)
    {
        var bytes = reader.ValueSpan;
        if (reader.ValueIsEscaped || bytes.Length > MaxSharedLength)
        {
            return CurrentText(ref reader);
        }

        Span<char> chars = stackalloc char[MaxSharedLength];
        if (Utf8.ToUtf16(bytes, chars, out _, out var length, replaceInvalidSequences: false) != OperationStatus.Done)
        {
            return CurrentText(ref reader);
        }

        var lookup = _shared.GetAlternateLookup<ReadOnlySpan<char>>();
        if (lookup.TryGetValue(chars[..length], out var shared))
        {
            return shared;
        }

        var text = new string(chars[..length]);
        if (string.IsNullOrWhiteSpace(text))
        {
            throw Fail(ref reader, "The text is blank; write something or leave the property out.");
        }

        if (_shared.Count < MaxShared)
        {
            _shared.Add(text);
        }

        return text;
    }

    private string CurrentText(ref Utf8JsonReader reader)
    {
        var value = CurrentString(ref reader);
        if (string.IsNullOrWhiteSpace(value))
        {
            throw Fail(ref reader, "The text is blank; write something or leave the property out.");
        }

        return value;
    }

    /// <summary>Gets the scratch set for finding duplicates in one array or object, emptied; a large one is let go.</summary>
    private HashSet<string> Listed()
    {
        if (_listed.Count > 256)
        {
            _listed = new(StringComparer.Ordinal);
        }

        _listed.Clear();
        return _listed;
    }

    private ValueMap StringMap(ref Utf8JsonReader reader, string what)
    {
        StartObject(ref reader, what);
        var entries = new List<KeyValuePair<string, string>>();
        var keys = Listed();
        while (NextProperty(ref reader, out _))
        {
            var key = CurrentString(ref reader);
            if (string.IsNullOrWhiteSpace(key))
            {
                throw Fail(ref reader, "A key is blank; give each entry a name.");
            }

            if (!keys.Add(key))
            {
                throw Fail(ref reader, $"The key '{Shorten(key)}' appears twice; keep one.");
            }

            _path.Property(key);
            entries.Add(new(key, String(ref reader)));
            _path.Pop();
        }

        entries.Sort((a, b) => string.CompareOrdinal(a.Key, b.Key));
        return new ValueMap([.. entries]);
    }

    private JourneyFormatException WrongKind(ref Utf8JsonReader reader, string expected)
    {
        var found = reader.TokenType switch
        {
            JsonTokenType.Null => "null (leave the property out instead of writing null)",
            JsonTokenType.StartObject => "an object",
            JsonTokenType.StartArray => "an array",
            JsonTokenType.String => "a string",
            JsonTokenType.Number => "a number",
            JsonTokenType.True or JsonTokenType.False => "true or false",
            JsonTokenType.EndArray => "the end of the array",
            JsonTokenType.EndObject => "the end of the object",
            _ => reader.TokenType.ToString(),
        };
        return Fail(ref reader, $"Expected {expected} but found {found}.");
    }

    private JourneyFormatException TooLong(ref Utf8JsonReader reader) => Fail(
        ref reader,
        string.Create(CultureInfo.InvariantCulture, $"The string is longer than the limit of {_options.MaxStringLength:N0} characters; raise JourneyMapJsonOptions.MaxStringLength if it is genuine."));

    private JourneyFormatException Fail(ref Utf8JsonReader reader, string reason) =>
        Fail(reason, _input.WindowOffset + reader.TokenStartIndex);

    private JourneyFormatException Fail(string reason, long offset)
    {
        var (line, column) = _input.LineAndColumn(offset);
        return Error(reason, line, column, _path.ToString(), _path.InnermostId() ?? _map.Id, _path.ToJourneyPath());
    }

    /// <summary>Makes the reader's one kind of error, saying when the document was upgraded before it was read.</summary>
    private JourneyFormatException Error(string reason, long? line, long? column, string jsonPath, string? elementId, JourneyPath? path, Exception? inner = null) =>
        new(reason + _afterMigration, JourneyMapJson.FormatName, line, column, jsonPath, elementId, inner) { Path = path };

    private static string Shorten(string text) => text.Length <= 60 ? text : string.Concat(text.AsSpan(0, 57), "...");

    /// <summary>Thrown when the window ends inside a unit; the driver refills and the unit is read again.</summary>
    internal sealed class NeedMoreData : Exception
    {
        public NeedMoreData()
            : base("More input is needed.")
        {
        }
    }
}
