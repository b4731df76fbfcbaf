using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using JourneyKit.Localization;
using JourneyKit.Presentation;
using JourneyKit.Walking;

namespace JourneyKit.Serialization.Csv;

/// <summary>
/// Writes a map as CSV (RFC 4180) for spreadsheets: one row per step, with its stage, emotion, touchpoints, pain points,
/// opportunities, owner, metrics, evidence and custom properties (as one JSON object).
/// </summary>
/// <remarks>
/// A one-way summary of the steps: there is no reader. Personas, paths, actions, thoughts, the back stage and the custom
/// properties of anything but the steps are left to JSON, Markdown and HTML. Fields are separated by commas, rows end
/// with CRLF, and a field holding a comma, quote or line break is quoted with its quotes doubled. A text cell that a spreadsheet would run as a formula
/// (one beginning with <c>=</c>, <c>+</c>, <c>-</c>, <c>@</c>, a tab or a carriage return) starts with an apostrophe
/// instead, so the text shows and nothing runs; number cells (scores, values) stay numbers. The output is UTF-8
/// without a byte order mark and the same map always gives the same bytes. The header and the words around the map's
/// labels are in <see cref="Language"/>; ids and emotion scores stay as they are. Immutable and thread-safe.
/// </remarks>
public sealed class JourneyMapCsv : IJourneyMapWriter
{
    internal const string FormatName = "csv";

    private static readonly string[] HeaderKeys =
    [
        "Header.Stage", "Header.Step", "Header.StepId", "Header.Emotion", "Lane.Feeling", "Header.EmotionsByPersona", "Lane.Touchpoints", "Lane.PainPoints",
        "Lane.Opportunities", "Header.Owner", "Header.Metrics", "Header.Milestone", "Page.Evidence", "Header.Properties",
    ];

    /// <summary>Creates a CSV writer; set <see cref="Language"/> to write in a language of your choosing.</summary>
    public JourneyMapCsv() => Format = new JourneyMapFormat(FormatName, [".csv"], ["text/csv"], null, this);

    /// <summary>Gets the CSV writer that writes in each map's own language, or English.</summary>
    public static JourneyMapCsv Default { get; } = new();

    /// <summary>
    /// Gets the language of the header and of the words written around the map's labels (severities, levels, statuses),
    /// and of its numbers, or <see langword="null"/> (the default) for the map's own <see cref="JourneyMap.Language"/>
    /// when it is built in, and English otherwise.
    /// </summary>
    public JourneyLanguage? Language { get; init; }

    /// <summary>Gets the format descriptor, to add CSV to a <see cref="JourneyMapFormats"/> registry.</summary>
    public JourneyMapFormat Format { get; }

    /// <summary>Writes a map as CSV text.</summary>
    /// <param name="map">The map.</param>
    /// <returns>The CSV text, a header row first.</returns>
    public string Serialize(JourneyMap map)
    {
        ArgumentNullException.ThrowIfNull(map);
        var words = JourneyLanguage.Choose(Language, map);
        var text = new StringBuilder();
        WriteRow(text, HeaderKeys.Select(k => Cell.Text(words[k])));
        MapWalker.Walk(map, new StepRows(text, words));
        return text.ToString();
    }

    /// <summary>Writes a map as UTF-8 CSV bytes, without a byte order mark.</summary>
    /// <param name="map">The map.</param>
    /// <returns>The bytes.</returns>
    public byte[] SerializeToUtf8Bytes(JourneyMap map) => FormatText.Bytes(Serialize(map));

    /// <summary>Writes a map to a stream as UTF-8 CSV, without a byte order mark.</summary>
    /// <param name="map">The map.</param>
    /// <param name="stream">The stream; it stays open.</param>
    public void Serialize(JourneyMap map, Stream stream) => FormatText.Write(Serialize(map), stream);

    /// <summary>Writes a map to a stream as UTF-8 CSV, without a byte order mark and without blocking.</summary>
    /// <param name="map">The map.</param>
    /// <param name="stream">The stream; it stays open.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>A task that completes when the map is written.</returns>
    public ValueTask SerializeAsync(JourneyMap map, Stream stream, CancellationToken cancellationToken = default) => FormatText.WriteAsync(Serialize(map), stream, cancellationToken);

    /// <summary>Writes one row per step, in the map's order.</summary>
    private sealed class StepRows(StringBuilder text, JourneyLanguage words) : MapVisitor
    {
        public override bool Visits(ElementKind kind) => kind == ElementKind.Step;

        public override void VisitStep(Step step, in MapPlace place) => WriteRow(text, RowOf(place.Map, place.Stage!, step, words));
    }

    private static IEnumerable<Cell> RowOf(JourneyMap map, Stage stage, Step step, JourneyLanguage words)
    {
        var general = step.Emotion;
        yield return Cell.Text(stage.Name);
        yield return Cell.Text(step.Name);
        yield return Cell.Text(step.Id);
        yield return general is null ? Cell.Empty : Cell.Number(general.Score.ToString(CultureInfo.InvariantCulture));
        yield return Cell.Text(general?.Label ?? "");
        yield return Cell.Text(string.Join("; ", step.Emotions.Where(e => e.PersonaId is not null)
            .Select(e => $"{map.FindPersona(e.PersonaId!)?.Name ?? e.PersonaId}: {e.Score.ToString(CultureInfo.InvariantCulture)}{(e.Label is null ? "" : $" ({e.Label})")}")));
        yield return Cell.Text(string.Join("; ", step.TouchpointIds.Select(id => TouchpointName(map, id))));
        yield return Cell.Text(string.Join("; ", step.PainPoints.Select(p => $"{p.Description} ({Lower(MapText.SeverityWord(p.Severity, words))})")));
        yield return Cell.Text(string.Join("; ", step.Opportunities.Select(o =>
            words.Format("Page.OpportunityFacts", o.Title, Lower(MapText.Level(o.Impact, words)), Lower(MapText.Level(o.Effort, words)), MapText.Status(o.Status, words)))));
        yield return Cell.Text(step.OwnerId is null ? "" : map.FindOwner(step.OwnerId)?.Name ?? step.OwnerId);
        yield return Cell.Text(string.Join("; ", step.Metrics.Select(m => Describe(m, words))));
        yield return Cell.Text(step.IsMilestone ? words["Page.Yes"] : "");
        yield return Cell.Text(string.Join("; ", step.Evidence.Select(e => e.Text)));
        yield return Cell.Text(step.Properties.IsEmpty ? "" : PropertiesObject(step.Properties));
    }

    /// <summary>Writes custom properties as one JSON object, so keys and values holding any character read back unchanged.</summary>
    private static string PropertiesObject(ValueMap properties)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            foreach (var (key, value) in properties)
            {
                json.WriteString(key, value);
            }

            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }

    private static string TouchpointName(JourneyMap map, string id)
    {
        var touchpoint = map.FindTouchpoint(id);
        if (touchpoint is null)
        {
            return id;
        }

        var channel = touchpoint.ChannelId is null ? null : map.FindChannel(touchpoint.ChannelId)?.Name;
        return channel is null ? touchpoint.Name : $"{touchpoint.Name} ({channel})";
    }

    private static string Describe(Metric metric, JourneyLanguage words)
    {
        var unit = metric.Unit is null ? "" : " " + metric.Unit;
        var actual = metric.Actual is { } a ? a.ToString(words.Numbers) + unit : words["Page.NotMeasured"];
        var target = metric.Target is { } t ? words.Format("Page.Target", t.ToString(words.Numbers) + unit) : "";
        return $"{metric.Name}: {actual}{target}";
    }

    /// <summary>A word in lower case, as it reads inside a sentence: "high", "hoch".</summary>
    private static string Lower(string word) => word.ToLowerInvariant();

    private static void WriteRow(StringBuilder text, IEnumerable<Cell> cells)
    {
        var first = true;
        foreach (var cell in cells)
        {
            if (!first)
            {
                text.Append(',');
            }

            first = false;
            cell.AppendTo(text);
        }

        text.Append("\r\n");
    }

    /// <summary>One field: text from the map (neutralised against formulas) or a number the writer formatted.</summary>
    private readonly record struct Cell(string Value, bool IsNumber)
    {
        public static Cell Empty => new("", false);

        public static Cell Text(string value) => new(ExportText.Showable(value), false);

        public static Cell Number(string value) => new(value, true);

        public void AppendTo(StringBuilder text)
        {
            var value = !IsNumber && Value.Length > 0 && Value[0] is '=' or '+' or '-' or '@' or '\t' or '\r' ? "'" + Value : Value;
            if (value.AsSpan().IndexOfAny(",\"\r\n") < 0)
            {
                text.Append(value);
                return;
            }

            text.Append('"').Append(value.Replace("\"", "\"\"", StringComparison.Ordinal)).Append('"');
        }
    }
}
