using System.Globalization;
using System.Text.Json;
using JourneyKit.Internal;
using JourneyKit.Localization;
using JourneyKit.Serialization;
using JourneyKit.Serialization.Json;

namespace JourneyKit.Model.Shapes;

/// <summary>Writes, reads and shows the values of one type of property, for the diff's JSON and its readable renderings.</summary>
internal abstract class ValueCodec
{
    /// <summary>Gets the type of the values, without <see cref="Nullable{T}"/>: what a change's before and after hold.</summary>
    public abstract Type ValueType { get; }

    public abstract void Write(Utf8JsonWriter writer, object? value);

    public abstract object? Read(JsonElement json, string path);

    /// <summary>Shows a value in English, as a change's <see cref="Diffing.JourneyChange.Description"/> does.</summary>
    public string Show(object? value) => Show(value, JourneyLanguage.English);

    /// <summary>Shows a value in a language: its words translated, its numbers with the language's separators; data (ids, labels, dates) as is.</summary>
    public abstract string Show(object? value, JourneyLanguage language);

    protected static string None(JourneyLanguage language) => language["Value.None"];

    protected static JourneyFormatException Error(string path, string expected) =>
        new($"Expected {expected}.", JourneyDiffJson.FormatName, null, null, path, null);

    protected static string Quote(string text, JourneyLanguage language) => language.Format("Value.Quoted", text);
}

/// <summary>A text; a text of a particular form (a link, a language tag) is read only when <paramref name="accepts"/> it, else the error names <paramref name="form"/>.</summary>
internal sealed class TextCodec(bool required, Func<string, bool>? accepts = null, string? form = null) : ValueCodec
{
    public static readonly TextCodec Instance = new(false);

    public static readonly TextCodec Required = new(true);

    /// <summary>An optional link, which must be an absolute <c>http</c> or <c>https</c> URI.</summary>
    public static readonly TextCodec Link = new(false, Evidence.IsLink, "an absolute http or https link");

    /// <summary>An optional BCP 47 language tag.</summary>
    public static readonly TextCodec LanguageTag = new(false, LanguageTags.IsWellFormed, "a BCP 47 language tag such as de or zh-Hans");

    public override Type ValueType => typeof(string);

    public override void Write(Utf8JsonWriter writer, object? value)
    {
        if (value is null)
        {
            writer.WriteNullValue();
        }
        else
        {
            writer.WriteStringValue((string)value);
        }
    }

    public override object? Read(JsonElement json, string path) => json.ValueKind switch
    {
        JsonValueKind.Null when !required => null,
        JsonValueKind.String when accepts is not null => json.GetString() is { } text && accepts(text) ? text : throw Error(path, form!),
        JsonValueKind.String => json.GetString(),
        _ => throw Error(path, required ? "a string" : "a string or null"),
    };

    public override string Show(object? value, JourneyLanguage language) => value is string text ? Quote(text, language) : None(language);
}

internal sealed class TextListCodec : ValueCodec
{
    public static readonly TextListCodec Instance = new();

    public override Type ValueType => typeof(ValueList<string>);

    public override void Write(Utf8JsonWriter writer, object? value)
    {
        writer.WriteStartArray();
        foreach (var item in (ValueList<string>)value!)
        {
            writer.WriteStringValue(item);
        }

        writer.WriteEndArray();
    }

    public override object? Read(JsonElement json, string path)
    {
        if (json.ValueKind != JsonValueKind.Array)
        {
            throw Error(path, "an array of strings");
        }

        var items = new string[json.GetArrayLength()];
        var i = 0;
        foreach (var item in json.EnumerateArray())
        {
            items[i] = item.ValueKind == JsonValueKind.String ? item.GetString()! : throw Error($"{path}[{i}]", "a string");
            i++;
        }

        return new ValueList<string>(items);
    }

    public override string Show(object? value, JourneyLanguage language)
    {
        var list = (ValueList<string>)value!;
        return list.IsEmpty ? None(language) : string.Join(language["Value.ListSeparator"], list.Select(text => Quote(text, language)));
    }
}

internal sealed class BoolCodec : ValueCodec
{
    public static readonly BoolCodec Instance = new();

    public override Type ValueType => typeof(bool);

    public override void Write(Utf8JsonWriter writer, object? value) => writer.WriteBooleanValue((bool)value!);

    public override object? Read(JsonElement json, string path) => json.ValueKind switch
    {
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        _ => throw Error(path, "true or false"),
    };

    public override string Show(object? value, JourneyLanguage language) => language[(bool)value! ? "Value.Yes" : "Value.No"];
}

internal sealed class DecimalCodec : ValueCodec
{
    public static readonly DecimalCodec Instance = new();

    public override Type ValueType => typeof(decimal);

    public override void Write(Utf8JsonWriter writer, object? value)
    {
        if (value is decimal number)
        {
            writer.WriteNumberValue(number);
        }
        else
        {
            writer.WriteNullValue();
        }
    }

    public override object? Read(JsonElement json, string path) => json.ValueKind switch
    {
        JsonValueKind.Null => null,
        JsonValueKind.Number when json.TryGetDecimal(out var number) => number,
        _ => throw Error(path, "a decimal number or null"),
    };

    public override string Show(object? value, JourneyLanguage language) => value is decimal number ? number.ToString(language.Numbers) : None(language);
}

internal sealed class DurationCodec : ValueCodec
{
    public static readonly DurationCodec Instance = new();

    public override Type ValueType => typeof(TimeSpan);

    public override void Write(Utf8JsonWriter writer, object? value)
    {
        if (value is TimeSpan duration)
        {
            writer.WriteStringValue(IsoDuration.Format(duration));
        }
        else
        {
            writer.WriteNullValue();
        }
    }

    public override object? Read(JsonElement json, string path) => json.ValueKind switch
    {
        JsonValueKind.Null => null,
        JsonValueKind.String when IsoDuration.TryParse(json.GetString()!, out var duration) => duration,
        _ => throw Error(path, "an ISO 8601 duration such as \"PT5M\", or null"),
    };

    public override string Show(object? value, JourneyLanguage language) => value is TimeSpan duration ? IsoDuration.Format(duration) : None(language);
}

internal sealed class DateCodec : ValueCodec
{
    public static readonly DateCodec Instance = new();

    public override Type ValueType => typeof(DateOnly);

    public override void Write(Utf8JsonWriter writer, object? value)
    {
        if (value is DateOnly date)
        {
            writer.WriteStringValue(Format(date));
        }
        else
        {
            writer.WriteNullValue();
        }
    }

    public override object? Read(JsonElement json, string path) => json.ValueKind switch
    {
        JsonValueKind.Null => null,
        JsonValueKind.String when TryParse(json.GetString()!, out var date) => date,
        _ => throw Error(path, "a date such as \"2026-11-23\", or null"),
    };

    public override string Show(object? value, JourneyLanguage language) => value is DateOnly date ? Format(date) : None(language);

    public static string Format(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static bool TryParse(string text, out DateOnly date) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);
}

internal sealed class EnumCodec<TEnum>(EnumWords<TEnum> words) : ValueCodec
    where TEnum : struct, Enum
{
    public override Type ValueType => typeof(TEnum);

    public override void Write(Utf8JsonWriter writer, object? value) => writer.WriteStringValue(words.Encode((TEnum)value!));

    public override object? Read(JsonElement json, string path) =>
        json.ValueKind == JsonValueKind.String && words.TryDecode(json.GetString()!, out var value)
            ? value
            : throw Error(path, $"one of {words.Words}");

    public override string Show(object? value, JourneyLanguage language)
    {
        var word = words.Encode((TEnum)value!).ToString();
        return language.TextOr("Value." + word, word);
    }
}
