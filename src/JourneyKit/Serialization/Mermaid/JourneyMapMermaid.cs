using System.Globalization;
using System.Text;
using JourneyKit.Localization;
using JourneyKit.Presentation;
using JourneyKit.Model.Shapes;

namespace JourneyKit.Serialization.Mermaid;

/// <summary>
/// Writes a map as a Mermaid <c>journey</c> diagram, which GitHub and many documentation tools draw, and reads one back:
/// stages become sections, steps become tasks, each step's emotion becomes a score from 1 to 5, and personas become the actors.
/// </summary>
/// <remarks>
/// Mermaid's journey grammar reads <c>:</c> as a separator, <c>#</c> and <c>%%</c> as the start of a comment, <c>;</c>
/// as the end of a statement and a line's first word as a keyword. Each field is written so that Mermaid reads back
/// exactly the text written: those characters become look-alikes (<c>∶</c>, <c>＃</c>, <c>；</c>, and <c>‚</c> between
/// actors), so do <c>&lt;</c> and <c>&gt;</c> (<c>‹</c>, <c>›</c>), which Mermaid's HTML sanitiser would otherwise cut out with
/// whatever they enclose, line breaks become spaces, and a label that starts like a keyword or comment starts with an invisible
/// word joiner. <see cref="Export"/> says what changed and what the diagram cannot carry.
/// <para>
/// Reading follows Mermaid 11's grammar: sections become stages (tasks before the first section go to a stage named
/// "Steps"), tasks become steps, a score <c>s</c> becomes the emotion <c>s - 3</c> on the default scale from -2 to 2, and
/// actors become personas. A task done by every actor (or by none) gets one emotion for everyone; a task done by some
/// gets an emotion for each of them. <c>title</c> (or front matter's <c>title:</c>, or <c>accTitle</c>) becomes the map's
/// title, "Untitled journey" when there is none, and <c>accDescr</c> its description. Errors name the line and column.
/// </para>
/// Immutable and thread-safe.
/// </remarks>
public sealed class JourneyMapMermaid : IJourneyMapReader, IJourneyMapWriter
{
    internal const string FormatName = "mermaid";

    private const char WordJoiner = '\u2060';

    private static readonly string[] Keywords = ["title", "section", "accTitle", "accDescr", "journey", "%"];

    private readonly ReadLimits _limits;

    /// <summary>Creates the format with <see cref="ReadLimits.Default"/>; set <see cref="Limits"/> to read within others.</summary>
    public JourneyMapMermaid()
    {
        _limits = ReadLimits.Default;
        Format = new JourneyMapFormat(FormatName, [".mmd", ".mermaid"], ["text/vnd.mermaid"], this, this);
    }

    /// <summary>Gets the Mermaid format with the default limits.</summary>
    public static JourneyMapMermaid Default { get; } = new();

    /// <summary>Gets the limits a diagram must keep to when read: characters, characters on one line, and sections, tasks and actors together.</summary>
    /// <exception cref="ArgumentNullException">The value is <see langword="null"/>.</exception>
    public ReadLimits Limits { get => _limits; init => _limits = value ?? throw new ArgumentNullException(nameof(value)); }

    /// <summary>
    /// Gets the language <see cref="Export"/> reports losses in, or <see langword="null"/> (the default) for the map's own
    /// <see cref="JourneyMap.Language"/> when it is built in, and English otherwise. The diagram itself holds only the map's labels.
    /// </summary>
    public JourneyLanguage? Language { get; init; }

    /// <summary>Gets the format descriptor, to add Mermaid to a <see cref="JourneyMapFormats"/> registry.</summary>
    public JourneyMapFormat Format { get; }

    /// <summary>Reads a Mermaid journey diagram as a map.</summary>
    /// <param name="text">The diagram's text.</param>
    /// <returns>The map.</returns>
    /// <exception cref="JourneyFormatException">The text is not a journey diagram; the message names the line and column.</exception>
    public JourneyMap Deserialize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return MermaidJourneyParser.Parse(text.Length > 0 && text[0] == '\uFEFF' ? text[1..] : text, Limits);
    }

    /// <summary>Reads a Mermaid journey diagram from UTF-8 bytes, with or without a byte order mark.</summary>
    /// <param name="utf8">The diagram's bytes.</param>
    /// <returns>The map.</returns>
    /// <exception cref="JourneyFormatException">The text is not a journey diagram or not UTF-8.</exception>
    public JourneyMap Deserialize(ReadOnlyMemory<byte> utf8) =>
        utf8.Length > Limits.MaxDocumentBytes
            ? throw ReadLimits.Exceeded(FormatName, "bytes", Limits.MaxDocumentBytes, nameof(ReadLimits.MaxDocumentBytes))
            : Deserialize(BoundedInput.Text(utf8.Span, FormatName));

    /// <summary>Reads a Mermaid journey diagram, UTF-8 with or without a byte order mark.</summary>
    /// <param name="stream">The stream; it stays open.</param>
    /// <returns>The map.</returns>
    /// <exception cref="JourneyFormatException">The text is not a journey diagram or not UTF-8.</exception>
    public JourneyMap Deserialize(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        // Read as bytes up to the limit (a character takes at least one byte), so a document over it is refused before it is all in memory.
        return Deserialize(BoundedInput.ReadAll(stream, Limits.MaxDocumentBytes, FormatName));
    }

    /// <summary>Reads a Mermaid journey diagram without blocking, UTF-8 with or without a byte order mark.</summary>
    /// <param name="stream">The stream; it stays open.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The map.</returns>
    /// <exception cref="JourneyFormatException">The text is not a journey diagram or not UTF-8.</exception>
    public async ValueTask<JourneyMap> DeserializeAsync(Stream stream, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stream);
        return Deserialize(await BoundedInput.ReadAllAsync(stream, Limits.MaxDocumentBytes, FormatName, cancellationToken).ConfigureAwait(false));
    }

    /// <summary>Writes a map as a Mermaid journey diagram.</summary>
    /// <param name="map">The map.</param>
    /// <returns>The diagram's text.</returns>
    public string Serialize(JourneyMap map) => Export(map).Text;

    /// <summary>Writes a map as a Mermaid journey diagram and reports what the diagram cannot carry.</summary>
    /// <param name="map">The map.</param>
    /// <returns>The text and the losses.</returns>
    public MermaidExport Export(JourneyMap map)
    {
        ArgumentNullException.ThrowIfNull(map);
        var losses = new Losses(JourneyLanguage.Choose(Language, map));
        var text = new StringBuilder("journey\n");
        text.Append("  title ").Append(Field(map.Title, ":,", "Mermaid.What.Title", losses)).Append('\n');
        if (map.Description is { } description)
        {
            text.Append("  accDescr: ").Append(Field(description, "", "Mermaid.What.Description", losses)).Append('\n');
        }

        var actors = map.Personas.ToDictionary(p => p.Id, p => Field(p.Name, ":,", "Mermaid.What.Persona", losses), StringComparer.Ordinal);
        foreach (var stage in map.Stages)
        {
            text.Append("  section ").Append(Field(stage.Name, ":", "Mermaid.What.Stage", losses)).Append('\n');
            foreach (var step in stage.Steps)
            {
                text.Append("    ").Append(Field(step.Name, ":", "Mermaid.What.Step", losses)).Append(": ");
                var (score, who) = Score(map, step, losses);
                text.Append(score.ToString(CultureInfo.InvariantCulture));
                var names = (who ?? map.Personas.Select(p => p.Id)).Select(id => actors[id]).ToList();
                if (names.Count > 0)
                {
                    text.Append(": ").Append(string.Join(", ", names));
                }

                text.Append('\n');
            }
        }

        ReportWhatIsLeftOut(map, losses);
        return new MermaidExport(text.ToString(), ValueList.From(losses.All));
    }

    /// <summary>Writes a map as UTF-8 Mermaid bytes, without a byte order mark.</summary>
    /// <param name="map">The map.</param>
    /// <returns>The bytes.</returns>
    public byte[] SerializeToUtf8Bytes(JourneyMap map) => FormatText.Bytes(Serialize(map));

    /// <summary>Writes a map to a stream as UTF-8 Mermaid, without a byte order mark.</summary>
    /// <param name="map">The map.</param>
    /// <param name="stream">The stream; it stays open.</param>
    public void Serialize(JourneyMap map, Stream stream) => FormatText.Write(Serialize(map), stream);

    /// <summary>Writes a map to a stream as UTF-8 Mermaid, without a byte order mark and without blocking.</summary>
    /// <param name="map">The map.</param>
    /// <param name="stream">The stream; it stays open.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>A task that completes when the map is written.</returns>
    public ValueTask SerializeAsync(JourneyMap map, Stream stream, CancellationToken cancellationToken = default) => FormatText.WriteAsync(Serialize(map), stream, cancellationToken);

    /// <summary>
    /// Maps a step's emotion from the map's scale onto Mermaid's 1 to 5, with the personas who feel it
    /// (<see langword="null"/> for everyone).
    /// </summary>
    private static (int Score, IEnumerable<string>? Personas) Score(JourneyMap map, Step step, Losses losses)
    {
        var scale = map.EmotionScale;
        if (step.Emotions.IsEmpty)
        {
            losses.Add("Mermaid.NoEmotion", step.Name);
            return (3, null);
        }

        var emotion = step.Emotion ?? step.Emotions[0];
        IEnumerable<string>? personas = null;
        if (step.Emotion is null && step.Emotions.All(e => e.Score == emotion.Score))
        {
            personas = step.Emotions.Select(e => e.PersonaId!);
        }
        else if (step.Emotions.Count > 1)
        {
            losses.Add(step.Emotion is null ? "Mermaid.PerPersona.First" : "Mermaid.PerPersona.Everyone", step.Name, MapText.Score(emotion.Score));
        }

        var score = 1 + (int)Math.Round((emotion.Score - scale.Min) * 4.0 / (scale.Max - scale.Min), MidpointRounding.AwayFromZero);
        return (score, personas);
    }

    /// <summary>Makes a label Mermaid reads back exactly, noting any character it had to change; <paramref name="what"/> is the key of the words that name the label.</summary>
    private static string Field(string value, string separators, string what, Losses losses)
    {
        var field = new StringBuilder(value.Length);
        foreach (var c in ExportText.Showable(value))
        {
            field.Append(c switch
            {
                '#' => '＃',
                '<' => '‹',
                '>' => '›',
                ';' => '；',
                ':' when separators.Contains(':', StringComparison.Ordinal) => '∶',
                ',' when separators.Contains(',', StringComparison.Ordinal) => '‚',
                '\uFEFF' => WordJoiner,
                '\t' or '\n' or '\r' or '\u2028' or '\u2029' => ' ',
                _ => c,
            });
        }

        // Mermaid's lexer takes "%%" one character into a word for a comment, so no label holds "%%" as such.
        var text = field.ToString().Replace("%%", "%\u2060%", StringComparison.Ordinal).Trim();
        if (text.Length == 0 || Keywords.Any(k => text.StartsWith(k, StringComparison.OrdinalIgnoreCase)))
        {
            text = WordJoiner + text;
        }

        if (text.Trim(WordJoiner) != value)
        {
            losses.Add("Mermaid.Rewritten", losses.Words.Format(what, value), text.Trim(WordJoiner));
        }

        return text;
    }

    private static void ReportWhatIsLeftOut(JourneyMap map, Losses losses)
    {
        var steps = map.Steps.ToList();
        void Count(int count, string what)
        {
            if (count > 0)
            {
                losses.Add("Mermaid.LeftOut", count, losses.Words["Mermaid.LeftOut." + what]);
            }
        }

        Count(map.Personas.Count(p => p.Segment is not null || !p.Goals.IsEmpty || !p.Needs.IsEmpty || !p.Frustrations.IsEmpty || !p.Behaviours.IsEmpty || !p.Demographics.IsEmpty), "Personas");
        Count(map.Stages.Count(s => s.Goal is not null || !s.Questions.IsEmpty), "StageGoals");
        Count(steps.Sum(s => s.Actions.Count + s.Thoughts.Count + (s.Description is null ? 0 : 1)), "StepTexts");
        Count(steps.Sum(s => s.TouchpointIds.Count), "Touchpoints");
        Count(steps.Sum(s => s.PainPoints.Count), "PainPoints");
        Count(steps.Sum(s => s.Opportunities.Count), "Opportunities");
        Count(steps.Sum(s => s.Metrics.Count) + map.Stages.Sum(s => s.Metrics.Count), "Metrics");
        Count(steps.Count(s => s.OwnerId is not null) + map.Stages.Count(s => s.OwnerId is not null), "Owners");
        Count(steps.Sum(s => s.BackStage.Count), "BackStage");
        Count(steps.Sum(s => s.Evidence.Count), "Evidence");
        Count(map.Transitions.Count, "Paths");
        Count(steps.Sum(s => s.Emotions.Count(e => e.Label is not null)), "EmotionLabels");
        Count(steps.Count(s => s.Duration is not null || s.IsMilestone), "Durations");
        Count(map.Stages.Count(s => s.Icon is not null), "Icons");
        Count(map.Properties.Count + (map.Revision is null ? 0 : 1) + (map.ReviewCadence is null && map.LastReviewedOn is null ? 0 : 1), "MapFacts");
        Count(ElementProperties.CountElementsWithProperties(map), "CustomProperties");
        if (map.EmotionScale != EmotionScale.Default)
        {
            losses.Add("Mermaid.Scale", map.EmotionScale);
        }
    }

    /// <summary>What the diagram cannot carry, each a sentence in the export's language.</summary>
    private sealed class Losses(JourneyLanguage words)
    {
        public JourneyLanguage Words => words;

        public List<string> All { get; } = [];

        public void Add(string key, params object?[] values) => All.Add(words.Format(key, values));
    }
}
