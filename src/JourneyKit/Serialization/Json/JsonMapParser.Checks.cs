using System.Buffers;
using System.Globalization;
using System.Runtime.InteropServices;
using System.Text.Json;
using JourneyKit.Model.Shapes;

namespace JourneyKit.Serialization.Json;

/// <summary>
/// What makes a document a sound map beyond its shape: ids unique within their kind, references that resolve,
/// emotions on the scale. References to elements not read yet are checked at the end.
/// </summary>
internal sealed partial class JsonMapParser
{
    private readonly Dictionary<string, long>[] _ids = [.. Enum.GetValues<ElementKind>().Select(_ => new Dictionary<string, long>(StringComparer.Ordinal))];
    private static readonly SearchValues<byte> AsciiIdBytes = SearchValues.Create("abcdefghijklmnopqrstuvwxyz0123456789-_."u8);

    private List<PendingReference>? _pendingReferences;
    private long _elementCount;
    private List<PendingScore>? _pendingScores;
    private (int Min, int Max) _earlyScores = (int.MaxValue, int.MinValue);

    /// <summary>Registers an element's id; an element read again after a refill keeps its own offset, so it is no duplicate.</summary>
    private void NewId(ref Utf8JsonReader reader, ElementKind kind, string id, long offset)
    {
        ref var first = ref CollectionsMarshal.GetValueRefOrAddDefault(_ids[(int)kind], id, out var exists);
        if (!exists && ++_elementCount > _options.MaxElements)
        {
            throw Fail(ref reader, string.Create(CultureInfo.InvariantCulture, $"The document has more elements than the limit of {_options.MaxElements:N0}; raise JourneyMapJsonOptions.MaxElements if it is genuine."));
        }

        if (exists && first != offset)
        {
            throw Fail(ref reader, $"The id '{id}' is used by two {ElementKinds.ReadableWord(kind)}s; ids must be unique among all {ElementKinds.ReadableWord(kind)}s of the map.");
        }

        first = offset;
    }

    private string Reference(ref Utf8JsonReader reader, ElementKind kind)
    {
        NextString(ref reader, "an id");
        return CurrentReference(ref reader, kind);
    }

    /// <summary>Reads an id that refers to an element; one already read is returned as the same string, without a copy.</summary>
    private string CurrentReference(ref Utf8JsonReader reader, ElementKind kind)
    {
        if (!reader.ValueIsEscaped && IsAsciiId(reader.ValueSpan))
        {
            Span<char> chars = stackalloc char[reader.ValueSpan.Length];
            System.Text.Ascii.ToUtf16(reader.ValueSpan, chars, out _);
            if (_ids[(int)kind].GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(chars, out var known, out _))
            {
                return known;
            }
        }

        var id = CheckedId(ref reader, CurrentString(ref reader));
        Resolve(ref reader, kind, id);
        return id;
    }

    /// <summary>Checks the id the reader is on; an unescaped one of ASCII letters and digits needs only a byte scan.</summary>
    private string CheckedId(ref Utf8JsonReader reader, string id)
    {
        if ((reader.ValueIsEscaped || !IsAsciiId(reader.ValueSpan)) && !ElementIds.IsValid(id))
        {
            throw Fail(ref reader, ElementIds.InvalidMessage(id, Shorten(id)));
        }

        return id;
    }

    /// <summary>Tells whether UTF-8 bytes are an id of ASCII letters and digits, the common case, which needs no further check.</summary>
    private static bool IsAsciiId(ReadOnlySpan<byte> id) =>
        id.Length is > 0 and <= ElementIds.MaxLength && id[0] is not ((byte)'-' or (byte)'_' or (byte)'.') && !id.ContainsAnyExcept(AsciiIdBytes);

    private void Resolve(ref Utf8JsonReader reader, ElementKind kind, string id)
    {
        if (!_ids[(int)kind].ContainsKey(id))
        {
            var (line, column) = _input.LineAndColumn(_input.WindowOffset + reader.TokenStartIndex);
            (_pendingReferences ??= []).Add(new(kind, id, line, column, _path.ToString(), _path.InnermostId(), _path.ToJourneyPath()));
        }
    }

    /// <summary>
    /// Checks a score against the map's scale. Before the document declares a scale (if it ever does), a score on
    /// the default scale is only noted by range, and one off it waits for the end.
    /// </summary>
    private void Score(ref Utf8JsonReader reader, int score)
    {
        if (_map.Scale is { } scale)
        {
            if (!scale.Contains(score))
            {
                throw Fail(ref reader, OffScale(score, scale));
            }

            return;
        }

        if (JourneyKit.EmotionScale.Default.Contains(score))
        {
            _earlyScores = (Math.Min(_earlyScores.Min, score), Math.Max(_earlyScores.Max, score));
            return;
        }

        var (line, column) = _input.LineAndColumn(_input.WindowOffset + reader.TokenStartIndex);
        (_pendingScores ??= []).Add(new(score, line, column, _path.ToString(), _path.InnermostId(), _path.ToJourneyPath()));
    }

    /// <summary>Checks the scores read before the scale was declared against it.</summary>
    private void ScaleDeclared(ref Utf8JsonReader reader, EmotionScale scale)
    {
        if (_earlyScores.Min >= scale.Min && _earlyScores.Max <= scale.Max)
        {
            return;
        }

        for (var s = 0; s < _stages.Count; s++)
        {
            var steps = _stages[s].Steps;
            for (var i = 0; i < steps.Count; i++)
            {
                var emotions = steps[i].Emotions;
                for (var e = 0; e < emotions.Count; e++)
                {
                    if (!scale.Contains(emotions[e].Score))
                    {
                        throw Fail(ref reader, string.Create(CultureInfo.InvariantCulture, $"The scale {scale} leaves out the score {emotions[e].Score} of step '{steps[i].Id}' at $.stages[{s}].steps[{i}].emotions[{e}].score; widen the scale or change the score."));
                    }
                }
            }
        }
    }

    private static string OffScale(int score, EmotionScale scale) =>
        string.Create(CultureInfo.InvariantCulture, $"The emotion score {score} is outside the map's scale {scale}; use a score on the scale or widen 'emotionScale'.");

    private void RequireMap(ref Utf8JsonReader reader) => Require(ref reader, _map.Seen, MapNames, "journey map", (int)MapField.SchemaVersion, (int)MapField.Id, (int)MapField.Title);

    private JourneyMap CheckAndMakeMap()
    {
        var scale = _map.Scale ?? JourneyKit.EmotionScale.Default;
        foreach (var pending in _pendingScores ?? [])
        {
            if (!scale.Contains(pending.Score))
            {
                throw Error(OffScale(pending.Score, scale), pending.Line, pending.Column, pending.JsonPath, pending.ElementId, pending.Path);
            }
        }

        foreach (var pending in _pendingReferences ?? [])
        {
            var known = _ids[(int)pending.Kind];
            if (!known.ContainsKey(pending.Id))
            {
                var label = ElementKinds.ReadableWord(pending.Kind);
                var some = known.Count == 0 ? $"the map has no {label}s" : $"known: {string.Join(", ", known.Keys.Take(10))}{(known.Count > 10 ? ", ..." : "")}";
                throw Error($"The {label} '{pending.Id}' is not in {ElementKinds.DeclaredIn(pending.Kind)} ({some}); add it there or fix the id.", pending.Line, pending.Column, pending.JsonPath, pending.ElementId, pending.Path);
            }
        }

        var map = new JourneyMap(
            _map.Id!,
            _map.Title!,
            _map.Description,
            _map.Kind,
            _map.Audience,
            _map.Language,
            new ValueList<Persona>([.. _personas]),
            new ValueList<Stage>([.. _stages]),
            new ValueList<Touchpoint>([.. _touchpoints]),
            new ValueList<Channel>([.. _channels]),
            new ValueList<Owner>([.. _owners]),
            new ValueList<Transition>([.. _transitions]),
            scale,
            _map.Revision,
            _map.ReviewCadence,
            _map.LastReviewedOn,
            _map.Properties);

        // The reader's checks above name the line; the model's rules, shared with the builder, Apply and Merge, make
        // sure the reader yields no map another of them would refuse.
        var problems = MapIntegrity.Check(map);
        return problems.Count == 0
            ? map
            : throw Error($"The document does not make a sound map ({problems.Count} problem{(problems.Count == 1 ? "" : "s")}): {string.Join("; ", problems.Take(10))}", null, null, "$", null, JourneyPath.Root);
    }

    private readonly record struct PendingReference(ElementKind Kind, string Id, long Line, long Column, string JsonPath, string? ElementId, JourneyPath Path);

    private readonly record struct PendingScore(int Score, long Line, long Column, string JsonPath, string? ElementId, JourneyPath Path);

    /// <summary>The map's own properties, filled in as they are read.</summary>
    private struct MapFields
    {
        public ulong Seen;
        public string? Id;
        public string? Title;
        public string? Description;
        public JourneyKind Kind;
        public Audience Audience;
        public string? Language;
        public EmotionScale? Scale;
        public Revision? Revision;
        public TimeSpan? ReviewCadence;
        public DateOnly? LastReviewedOn;
        public ValueMap Properties;
    }

    /// <summary>The current stage's own properties, filled in as they are read; its steps are kept apart.</summary>
    private struct StageFields
    {
        public ulong Seen;
        public string? Id;
        public string? Name;
        public string? Goal;
        public ValueList<string> Questions;
        public string? OwnerId;
        public string? Icon;
        public ValueMap Properties;
        public ValueList<Metric> Metrics;
    }
}
