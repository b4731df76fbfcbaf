using System.Globalization;
using System.Text;
using System.Text.Json;
using JourneyKit.Internal;
using V = JourneyKit.Serialization.Json.JsonVocabulary;

namespace JourneyKit.Serialization.Json;

/// <summary>
/// Reads the canonical JSON form into a map, strictly, in units small enough to stream: the map and each stage are
/// read property by property, while every other element (a persona, a step, a transition...) is read whole once
/// the window holds it. When the window ends inside a unit, <see cref="Advance"/> returns and the unit is read
/// again after the driver refills the window.
/// </summary>
internal sealed partial class JsonMapParser
{
    private readonly JourneyMapJsonOptions _options;
    private readonly JsonInput _input;
    private readonly JsonPathStack _path = new();
    private readonly string _afterMigration;

    private readonly List<string> _strings = [];
    private readonly List<Step> _steps = [];
    private readonly List<Stage> _stages = [];
    private readonly List<Persona> _personas = [];
    private readonly List<Channel> _channels = [];
    private readonly List<Owner> _owners = [];
    private readonly List<Touchpoint> _touchpoints = [];
    private readonly List<Transition> _transitions = [];

    private readonly int _oldestUpgradable;

    private Phase _phase;
    private MapPart _array;
    private MapFields _map;
    private StageFields _stage;

    public JsonMapParser(JourneyMapJsonOptions options, JsonInput input, int oldestUpgradable, string afterMigration = "")
    {
        _options = options;
        _oldestUpgradable = oldestUpgradable;
        _input = input;
        _afterMigration = afterMigration;
    }

    private enum Phase
    {
        Start,
        Map,
        MapArray,
        Stage,
        Steps,
        End,
        Done,
    }

    private enum MapPart
    {
        Personas,
        Channels,
        Owners,
        Touchpoints,
        Stages,
        Transitions,
    }

    /// <summary>Reads as many whole units as the window holds.</summary>
    /// <returns>True when the map is complete; false when the window needs more bytes.</returns>
    public bool Advance(ref Utf8JsonReader reader)
    {
        while (_phase != Phase.Done)
        {
            var safeBytes = reader.BytesConsumed;
            var safeState = reader.CurrentState;
            var unitDepth = _path.Depth;
            try
            {
                ReadUnit(ref reader);
            }
            catch (NeedMoreData)
            {
                _path.Depth = unitDepth;
                _input.Commit(safeBytes, safeState);
                return false;
            }
        }

        _input.Commit(reader.BytesConsumed, reader.CurrentState);
        return true;
    }

    /// <summary>Checks what can only be checked at the end, and makes the map.</summary>
    public JourneyMap Finish() => CheckAndMakeMap();

    /// <summary>Raises the error for a problem the reader of the whole document found, at the current position.</summary>
    public JourneyFormatException Fail(JsonException exception)
    {
        var line = exception.LineNumber is { } l ? l + 1 : (long?)null;
        var column = exception.BytePositionInLine is { } c ? c + 1 : (long?)null;
        var reason = exception.Message;
        var cut = reason.IndexOf(" LineNumber:", StringComparison.Ordinal);
        reason = (cut > 0 ? reason[..cut] : reason)
            .Replace(", when isFinalBlock is true", "", StringComparison.Ordinal)
            .Replace(" Change the reader options.", "", StringComparison.Ordinal)
            .Replace(" which is not supported in this mode", ", which JSON does not allow", StringComparison.Ordinal)
            .TrimEnd();
        var literal = reason.IndexOf("' is an invalid JSON literal", StringComparison.Ordinal);
        if (reason.StartsWith('\'') && literal > 30)
        {
            // The reader quotes the rest of its buffer as the bad literal; the first characters say enough.
            reason = string.Concat(reason.AsSpan(0, 25), "...", reason.AsSpan(literal));
        }

        reason = "The document is not valid JSON: " + reason;
        return Error(reason, line, column, _path.ToString(), _path.InnermostId(), _path.ToJourneyPath(), exception);
    }

    private void ReadUnit(ref Utf8JsonReader reader)
    {
        switch (_phase)
        {
            case Phase.Start:
                StartObject(ref reader, "a journey map");
                _phase = Phase.Map;
                break;
            case Phase.Map:
                MapProperty(ref reader);
                break;
            case Phase.MapArray:
                MapArrayItem(ref reader);
                break;
            case Phase.Stage:
                StageProperty(ref reader);
                break;
            case Phase.Steps:
                StepItem(ref reader);
                break;
            case Phase.End:
                if (reader.Read())
                {
                    throw Fail(ref reader, "There is more after the end of the map; a document holds one map.");
                }

                if (!_input.IsFinal)
                {
                    throw new NeedMoreData();
                }

                _phase = Phase.Done;
                break;
        }
    }

    private void MapProperty(ref Utf8JsonReader reader)
    {
        if (!NextProperty(ref reader, out var name))
        {
            RequireMap(ref reader);
            _phase = Phase.End;
            return;
        }

        var first = _map.Seen == 0;
        var bit = MapBit(name);
        if (bit < 0)
        {
            throw Unknown(ref reader, name, "a journey map", MapNames);
        }

        Once(ref reader, ref _map.Seen, bit, name);
        _path.Property(MapNames[bit]);
        switch ((MapField)bit)
        {
            case MapField.SchemaVersion:
                SchemaVersion(ref reader, first);
                break;
            case MapField.Id:
                _map.Id = Id(ref reader);
                break;
            case MapField.Title:
                _map.Title = Name(ref reader);
                break;
            case MapField.Description:
                _map.Description = Text(ref reader);
                break;
            case MapField.Kind:
                _map.Kind = Word(ref reader, V.JourneyKinds);
                break;
            case MapField.Audience:
                _map.Audience = Word(ref reader, V.Audiences);
                break;
            case MapField.Language:
                var language = String(ref reader);
                _map.Language = LanguageTags.IsWellFormed(language)
                    ? language
                    : throw Fail(ref reader, $"'{LanguageTags.Quote(language)}' is not a language tag; write a BCP 47 tag such as de, zh-Hans, bg or nb-NO.");
                break;
            case MapField.EmotionScale:
                var scale = EmotionScale(ref reader);
                ScaleDeclared(ref reader, scale);
                _map.Scale = scale;
                break;
            case MapField.Revision:
                _map.Revision = Revision(ref reader);
                break;
            case MapField.ReviewCadence:
                var cadence = Duration(ref reader);
                _map.ReviewCadence = cadence > TimeSpan.Zero ? cadence : throw Fail(ref reader, "A review cadence must be longer than zero.");
                break;
            case MapField.LastReviewedOn:
                _map.LastReviewedOn = Date(ref reader);
                break;
            case MapField.Properties:
                _map.Properties = StringMap(ref reader, "of string properties");
                break;
            default:
                _array = (MapPart)(bit - (int)MapField.Personas);
                StartArray(ref reader, MapNames[bit]);
                _phase = Phase.MapArray;
                _map.Seen |= 1UL << bit;
                return;
        }

        _path.Depth = 0;
        _map.Seen |= 1UL << bit;
    }

    private void SchemaVersion(ref Utf8JsonReader reader, bool first)
    {
        var version = Int(ref reader);
        if (version > JourneyMapJson.CurrentSchemaVersion)
        {
            throw Fail(ref reader, string.Create(CultureInfo.InvariantCulture, $"The document has schemaVersion {version}, newer than this version of JourneyKit reads ({JourneyMapJson.CurrentSchemaVersion}); upgrade JourneyKit to read it."));
        }

        if (version < JourneyMapJson.CurrentSchemaVersion)
        {
            if (!first || _afterMigration.Length > 0)
            {
                throw Fail(ref reader, string.Create(CultureInfo.InvariantCulture, $"The document has schemaVersion {version}, older than the current {JourneyMapJson.CurrentSchemaVersion}; to be upgraded, schemaVersion must be the first property."));
            }

            if (version < _oldestUpgradable)
            {
                throw Fail(ref reader, string.Create(CultureInfo.InvariantCulture, $"The document has schemaVersion {version}, which this version of JourneyKit cannot upgrade (versions start at {_oldestUpgradable})."));
            }

            throw new MigrationNeeded(version);
        }
    }

    private static int MapBit(ReadOnlySpan<byte> name) => IndexOf(MapNames, name, 0);

    /// <summary>Returns the index of the ASCII name among <paramref name="names"/> from <paramref name="start"/> on, or -1.</summary>
    private static int IndexOf(string[] names, ReadOnlySpan<byte> name, int start)
    {
        for (var i = start; i < names.Length; i++)
        {
            if (name.Length == names[i].Length && System.Text.Ascii.Equals(name, names[i]))
            {
                return i;
            }
        }

        return -1;
    }

    private void MapArrayItem(ref Utf8JsonReader reader)
    {
        if (!NextItem(ref reader))
        {
            _path.Pop();
            _phase = Phase.Map;
            return;
        }

        switch (_array)
        {
            case MapPart.Personas:
                Item(ref reader, _personas, _readPersona ??= Persona);
                break;
            case MapPart.Channels:
                Item(ref reader, _channels, _readChannel ??= Channel);
                break;
            case MapPart.Owners:
                Item(ref reader, _owners, _readOwner ??= Owner);
                break;
            case MapPart.Touchpoints:
                Item(ref reader, _touchpoints, _readTouchpoint ??= Touchpoint);
                break;
            case MapPart.Transitions:
                Item(ref reader, _transitions, _readTransition ??= Transition);
                break;
            case MapPart.Stages:
                _path.Index(_stages.Count);
                ExpectObject(ref reader, "a stage");
                _stage = default;
                _steps.Clear();
                _phase = Phase.Stage;
                break;
        }
    }

    private void Item<T>(ref Utf8JsonReader reader, List<T> items, ElementReader<T> read)
    {
        _path.Index(items.Count);
        items.Add(read(ref reader));
        _path.Pop();
    }

    private void StageProperty(ref Utf8JsonReader reader)
    {
        if (!NextProperty(ref reader, out var name))
        {
            _stages.Add(Stage(ref reader));
            _path.Pop();
            _phase = Phase.MapArray;
            return;
        }

        if (name.SequenceEqual("steps"u8))
        {
            Once(ref reader, ref _stage.Seen, (int)StageField.Steps, name);
            _path.Property("steps");
            StartArray(ref reader, "steps");
            _stage.Seen |= 1;
            _phase = Phase.Steps;
            return;
        }

        if (name.SequenceEqual("id"u8))
        {
            Once(ref reader, ref _stage.Seen, (int)StageField.Id, name);
            _path.Property("id");
            _stage.Id = ElementId(ref reader, ElementKind.Stage);
            _path.Pop();
            _stage.Seen |= 1 << 1;
            return;
        }

        var bit = IndexOf(StageNames, name, (int)StageField.Name);
        if (bit < 0)
        {
            throw Unknown(ref reader, name, "a stage", StageNames);
        }

        Once(ref reader, ref _stage.Seen, bit, name);
        _path.Property(StageNames[bit]);
        switch ((StageField)bit)
        {
            case StageField.Name:
                _stage.Name = Name(ref reader);
                break;
            case StageField.Goal:
                _stage.Goal = Text(ref reader);
                break;
            case StageField.Questions:
                _stage.Questions = Texts(ref reader, "questions");
                break;
            case StageField.Owner:
                _stage.OwnerId = Reference(ref reader, ElementKind.Owner);
                break;
            case StageField.Icon:
                _stage.Icon = Text(ref reader);
                break;
            case StageField.Metrics:
                _stage.Metrics = Elements(ref reader, "metrics", _readMetric ??= Metric, _metrics);
                break;
            case StageField.Properties:
                _stage.Properties = Properties(ref reader);
                break;
        }

        _path.Pop();
        _stage.Seen |= 1UL << bit;
    }

    private void StepItem(ref Utf8JsonReader reader)
    {
        if (!NextItem(ref reader))
        {
            _path.Pop();
            _phase = Phase.Stage;
            return;
        }

        _path.Index(_steps.Count);
        _steps.Add(Step(ref reader));
        _path.Pop();
    }

    private void Once(ref Utf8JsonReader reader, ref ulong seen, int bit, scoped ReadOnlySpan<byte> name)
    {
        if ((seen & (1UL << bit)) != 0)
        {
            throw Fail(ref reader, $"The property '{Encoding.UTF8.GetString(name)}' appears twice in the same object; keep one.");
        }
    }

    private void ExpectObject(ref Utf8JsonReader reader, string what)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw WrongKind(ref reader, $"an object ({what})");
        }
    }

    private JourneyFormatException Unknown(ref Utf8JsonReader reader, scoped ReadOnlySpan<byte> name, string where, string[] known)
    {
        var text = Encoding.UTF8.GetString(name);
        var sameButCase = Array.Find(known, k => string.Equals(k, text, StringComparison.OrdinalIgnoreCase));
        var reason = text.StartsWith('$')
            ? $"'{Shorten(text)}' is metadata this format does not use: JourneyKit never takes types or references from the document. Remove it."
            : sameButCase is not null
                ? $"Unknown property '{Shorten(text)}' in {where}; names are case-sensitive: write '{sameButCase}'."
                : $"Unknown property '{Shorten(text)}' in {where}; known properties: {string.Join(", ", known)}.";
        return Fail(ref reader, reason);
    }

    private static readonly string[] MapNames = FieldNames<MapField>();

    private static readonly string[] StageNames = FieldNames<StageField>();

    /// <summary>The map's own fields, then its arrays in the order of <see cref="MapPart"/>.</summary>
    private enum MapField { SchemaVersion, Id, Title, Description, Kind, Audience, Language, EmotionScale, Revision, ReviewCadence, LastReviewedOn, Properties, Personas, Channels, Owners, Touchpoints, Stages, Transitions }

    /// <summary>A stage's fields; its steps come first because they are streamed rather than read whole.</summary>
    private enum StageField { Steps, Id, Name, Goal, Questions, Owner, Icon, Metrics, Properties }

    /// <summary>Thrown when the document declares an older schema version first; the driver upgrades it and reads it again.</summary>
    internal sealed class MigrationNeeded(int version) : Exception(string.Create(CultureInfo.InvariantCulture, $"The document has schemaVersion {version}."))
    {
        public int Version { get; } = version;
    }
}
