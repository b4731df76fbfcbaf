using System.Text;
using System.Text.Json;

namespace JourneyKit.Cli.Inputs;

/// <summary>
/// Where each element and property of a map's JSON document is, by the element's path of ids
/// (<c>/stages/pay/steps/pays/painPoints/queue</c>), so that a finding about an element points at the line and column of
/// its id, and one about a property at the property.
/// One pass over the document, linear in its size.
/// </summary>
internal sealed class JsonLocator
{
    private readonly Dictionary<string, int> _offsets = new(StringComparer.Ordinal);
    private readonly int[] _lineStarts;
    private readonly byte[] _json;

    private JsonLocator(byte[] json)
    {
        _json = json;
        var starts = new List<int> { 0 };
        for (var i = 0; i < json.Length; i++)
        {
            if (json[i] == (byte)'\n')
            {
                starts.Add(i + 1);
            }
        }

        _lineStarts = [.. starts];
    }

    /// <summary>Indexes a JSON document; a document that is not valid JSON gives a locator that places everything at 1:1.</summary>
    public static JsonLocator Of(byte[] json)
    {
        var locator = new JsonLocator(json);
        try
        {
            locator.Index();
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException)
        {
            // Not JSON, or not UTF-8 (which the map's reader refuses on its own): what was read before stays known.
        }

        return locator;
    }

    /// <summary>The line and column (1-based, in UTF-16 code units) of the element or property at this path, or of its nearest ancestor.</summary>
    public (int Line, int Column) Find(string path)
    {
        for (var at = path; at.Length > 0; at = at[..Math.Max(0, at.LastIndexOf('/'))])
        {
            if (_offsets.TryGetValue(at, out var offset))
            {
                return Position(offset);
            }
        }

        return (1, 1);
    }

    private (int Line, int Column) Position(int offset)
    {
        var line = Array.BinarySearch(_lineStarts, offset);
        line = line >= 0 ? line : ~line - 1;
        var column = Encoding.UTF8.GetCharCount(_json, _lineStarts[line], offset - _lineStarts[line]) + 1;
        return (line + 1, column);
    }

    private void Index()
    {
        var reader = new Utf8JsonReader(_json, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        var frames = new Stack<Frame>();
        string? property = null;
        while (reader.Read())
        {
            var offset = (int)reader.TokenStartIndex;
            switch (reader.TokenType)
            {
                case JsonTokenType.PropertyName:
                    property = reader.GetString()!;
                    frames.Peek().Member(property, offset, _offsets);
                    break;
                case JsonTokenType.StartObject:
                    frames.Push(frames.Count == 0 ? Frame.Root() : frames.Peek().Object(property, offset));
                    property = null;
                    break;
                case JsonTokenType.StartArray:
                    frames.Push(frames.Count == 0 ? Frame.Root() : frames.Peek().Array(property));
                    property = null;
                    break;
                case JsonTokenType.EndObject:
                case JsonTokenType.EndArray:
                    frames.Pop().End(_offsets);
                    property = null;
                    break;
                case JsonTokenType.String when property is "id" or "persona":
                    frames.Peek().Identify(property, reader.GetString()!, _offsets);
                    break;
            }
        }
    }

    /// <summary>
    /// An object or array being read. An object in an array (an element) learns its path from its <c>id</c> (or, in an
    /// <c>emotions</c> list, its <c>persona</c>); members read before that wait for it.
    /// </summary>
    private sealed class Frame
    {
        private readonly List<(string Name, int Offset)> _pending = [];
        private readonly string? _holder;
        private readonly string? _collection;
        private readonly int _start;
        private readonly bool _isArray;

        private Frame(string? path, string? holder, string? collection, int start, bool isArray)
        {
            Path = path;
            _holder = holder;
            _collection = collection;
            _start = start;
            _isArray = isArray;
        }

        /// <summary>Gets the path of an object, once known; an array's is always <see langword="null"/>.</summary>
        public string? Path { get; private set; }

        public static Frame Root() => new("", null, null, 0, isArray: false);

        /// <summary>A list under <paramref name="property"/> of this object: its items are elements of that collection.</summary>
        public Frame Array(string? property) => new(null, _isArray ? null : Path, property, 0, isArray: true);

        public Frame Object(string? property, int offset) => _isArray
            ? new Frame(null, _holder, _collection, offset, isArray: false)
            : new Frame(Path is null ? null : $"{Path}/{property}", null, null, offset, isArray: false);

        public void Member(string name, int offset, Dictionary<string, int> offsets)
        {
            if (Path is not null)
            {
                offsets.TryAdd($"{Path}/{name}", offset);
            }
            else if (_holder is not null)
            {
                _pending.Add((name, offset));
            }
        }

        public void Identify(string member, string value, Dictionary<string, int> offsets)
        {
            if (Path is not null || _holder is null || (member == "persona") != (_collection == "emotions"))
            {
                return;
            }

            Path = $"{_holder}/{_collection}/{value}";
            var key = _pending.FindIndex(p => p.Name == member);
            offsets.TryAdd(Path, key >= 0 ? _pending[key].Offset : _start);
            foreach (var (name, offset) in _pending)
            {
                offsets.TryAdd($"{Path}/{name}", offset);
            }

            _pending.Clear();
        }

        /// <summary>A step's emotion for everyone, an item of <c>emotions</c> without a persona, is found as the step's <c>emotion</c>.</summary>
        public void End(Dictionary<string, int> offsets)
        {
            if (Path is null && _holder is not null && _collection == "emotions")
            {
                offsets.TryAdd($"{_holder}/emotion", _start);
            }
        }
    }
}
