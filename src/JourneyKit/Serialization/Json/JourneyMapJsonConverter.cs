using System.Runtime.InteropServices;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace JourneyKit.Serialization.Json;

/// <summary>
/// Lets System.Text.Json read and write a <see cref="JourneyMap"/> inside your own documents, such as an API
/// response, in the canonical format. Add it to <see cref="JsonSerializerOptions.Converters"/>, or to the
/// <c>Converters</c> of a source-generated <see cref="JsonSerializerContext"/> to stay trim and AOT safe.
/// </summary>
/// <remarks>
/// Reading checks the map exactly as <see cref="JourneyMapJson"/> does, older schema versions included; a bad map
/// fails with a <see cref="JsonException"/> whose inner exception is the <see cref="JourneyFormatException"/> with
/// the position inside the map. Writing follows the indentation of the surrounding document. Immutable and
/// thread-safe.
/// </remarks>
public sealed class JourneyMapJsonConverter : JsonConverter<JourneyMap>
{
    private readonly JourneyMapJson _json;

    /// <summary>Creates a converter with the default reading limits.</summary>
    public JourneyMapJsonConverter()
        : this(null)
    {
    }

    /// <summary>Creates a converter with the given reading limits.</summary>
    /// <param name="options">The limits for reading; <see langword="null"/> for the defaults. Indentation follows the surrounding document.</param>
    public JourneyMapJsonConverter(JourneyMapJsonOptions? options) => _json = new JourneyMapJson { Options = options ?? JourneyMapJsonOptions.Default };

    /// <inheritdoc />
    public override JourneyMap Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw new JsonException($"Expected an object (a journey map) but found {reader.TokenType}.");
        }

        using var value = JsonDocument.ParseValue(ref reader);
        try
        {
            return _json.Deserialize(JsonMarshal.GetRawUtf8Value(value.RootElement).ToArray());
        }
        catch (JourneyFormatException ex)
        {
            throw new JsonException($"The journey map is not valid: {ex.Message}", ex);
        }
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, JourneyMap value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(value);
        try
        {
            foreach (var _ in new JsonMapWriter(writer).Parts(value))
            {
            }
        }
        catch (JourneyFormatException ex)
        {
            throw new JsonException($"The journey map cannot be written: {ex.Message}", ex);
        }
    }
}
