using System.Text;
using JourneyKit.Serialization;
using JourneyKit.Serialization.Json;
using JourneyKit.Tests.Support;

namespace JourneyKit.Tests.Serialization;

/// <summary>Every bad document gives one <see cref="JourneyFormatException"/> that says what is wrong and where.</summary>
public class JsonReadErrorTests
{
    private const string Head = "{\"schemaVersion\":1,\"id\":\"lunch\",\"title\":\"Lunch\",";
    private const string StepHead = Head + "\"stages\":[{\"id\":\"pay\",\"name\":\"Pay\",\"steps\":[{\"id\":\"pays\",\"name\":\"Pays\",";
    private const string StepTail = "}]}]}";
    private const string MapWithStep = Head + "\"stages\":[{\"id\":\"pay\",\"name\":\"Pay\",\"steps\":[{\"id\":\"pays\",\"name\":\"Pays\"}]}]";

    private static readonly JourneyMapJson Json = JourneyMapJson.Default;

    public static TheoryData<string, string, string, string> BadDocuments() => new()
    {
        { "empty", "", "$", "not valid JSON" },
        { "blank", "  \n ", "$", "not valid JSON" },
        { "array at the root", "[]", "$", "Expected an object (a journey map) but found an array" },
        { "truncated", Head, "$", "not valid JSON" },
        { "trailing garbage", Head + "\"kind\":\"purchase\"} x", "$", "invalid after a single JSON value" },
        { "second document", Head + "\"kind\":\"purchase\"} {}", "$", "invalid after a single JSON value" },
        { "comment", "{\"schemaVersion\":1,/* c */\"id\":\"a\",\"title\":\"T\"}", "$", "not valid JSON" },
        { "trailing comma", Head + "\"kind\":\"purchase\",}", "$", "trailing comma" },
        { "NaN", StepHead + "\"emotions\":[{\"score\":NaN}]" + StepTail, "$.stages[0].steps[0].emotions[0].score", "not valid JSON" },
        { "Infinity", StepHead + "\"emotions\":[{\"score\":Infinity}]" + StepTail, "$.stages[0].steps[0].emotions[0].score", "not valid JSON" },
        { "language tag with a space", Head + "\"language\":\"en GB\"}", "$.language", "'en GB' is not a language tag" },
        { "language tag of one letter", Head + "\"language\":\"e\"}", "$.language", "not a language tag" },
        { "language not a string", Head + "\"language\":7}", "$.language", "Expected a string" },
        { "huge score", StepHead + "\"emotions\":[{\"score\":1e400}]" + StepTail, "$.stages[0].steps[0].emotions[0].score", "not a whole number" },
        { "fractional score", StepHead + "\"emotions\":[{\"score\":1.5}]" + StepTail, "$.stages[0].steps[0].emotions[0].score", "not a whole number" },
        { "huge target", Head + "\"stages\":[{\"id\":\"pay\",\"name\":\"Pay\",\"metrics\":[{\"id\":\"m\",\"name\":\"M\",\"target\":1e400}]}]}", "$.stages[0].metrics[0].target", "outside the range" },
        { "huge schema version", "{\"schemaVersion\":99999999999999999999}", "$.schemaVersion", "not a whole number" },
        { "newer schema version", "{\"schemaVersion\":2,\"id\":\"a\",\"title\":\"T\"}", "$.schemaVersion", "newer than this version of JourneyKit reads (1); upgrade JourneyKit" },
        { "older schema version not first", "{\"id\":\"a\",\"schemaVersion\":0,\"title\":\"T\"}", "$.schemaVersion", "must be the first property" },
        { "missing schema version", "{\"id\":\"a\",\"title\":\"T\"}", "$", "lacks 'schemaVersion'" },
        { "missing title", "{\"schemaVersion\":1,\"id\":\"a\"}", "$", "lacks 'title'" },
        { "unknown property", Head + "\"colour\":\"red\"}", "$", "Unknown property 'colour' in a journey map; known properties: schemaVersion, id, title" },
        { "property differing in case", Head + "\"Title\":\"Other\"}", "$", "names are case-sensitive: write 'title'" },
        { "duplicate property", Head + "\"title\":\"Again\"}", "$", "'title' appears twice" },
        { "duplicate escaped property", Head + "\"\\u0074itle\":\"Again\"}", "$", "'title' appears twice" },
        { "duplicate property in a step", StepHead + "\"name\":\"Again\"" + StepTail, "$.stages[0].steps[0]", "'name' appears twice" },
        { "type metadata", "{\"$type\":\"System.IO.FileInfo, System.IO.FileSystem\",\"schemaVersion\":1}", "$", "never takes types or references from the document" },
        { "type metadata in a step", StepHead + "\"$type\":\"JourneyKit.Stage\"" + StepTail, "$.stages[0].steps[0]", "never takes types" },
        { "reference metadata", Head + "\"stages\":[{\"$ref\":\"#/stages/0\"}]}", "$.stages[0]", "never takes types or references" },
        { "null title", "{\"schemaVersion\":1,\"id\":\"a\",\"title\":null}", "$.title", "found null (leave the property out" },
        { "null in an array", StepHead + "\"actions\":[\"Looks\",null]" + StepTail, "$.stages[0].steps[0].actions[1]", "found null" },
        { "null step", Head + "\"stages\":[{\"id\":\"pay\",\"name\":\"Pay\",\"steps\":[null]}]}", "$.stages[0].steps[0]", "found null" },
        { "null stage", Head + "\"stages\":[null]}", "$.stages[0]", "found null" },
        { "number for text", "{\"schemaVersion\":1,\"id\":\"a\",\"title\":5}", "$.title", "Expected a string but found a number" },
        { "object for array", StepHead + "\"actions\":{}" + StepTail, "$.stages[0].steps[0].actions", "Expected an array of actions but found an object" },
        { "blank text", "{\"schemaVersion\":1,\"id\":\"a\",\"title\":\"  \"}", "$.title", "blank" },
        { "invalid id", "{\"schemaVersion\":1,\"id\":\"Not An Id\",\"title\":\"T\"}", "$.id", "not a valid id" },
        { "unknown enum value", Head + "\"kind\":\"shopping\"}", "$.kind", "'shopping' is not a known value; use one of 'custom', 'purchase'" },
        { "enum value in other case", Head + "\"kind\":\"Purchase\"}", "$.kind", "case-sensitive" },
        { "enum as number", Head + "\"kind\":1}", "$.kind", "Expected one of 'custom'" },
        { "score off the scale", StepHead + "\"emotions\":[{\"score\":3}]" + StepTail, "$.stages[0].steps[0].emotions[0].score", "outside the map's scale -2..+2" },
        { "score off a later scale", StepHead + "\"emotions\":[{\"score\":-4}]}]}],\"emotionScale\":{\"min\":-3,\"max\":3}}", "$.stages[0].steps[0].emotions[0].score", "outside the map's scale -3..+3" },
        { "score outside a narrower later scale", StepHead + "\"emotions\":[{\"score\":-1}]}]}],\"emotionScale\":{\"min\":0,\"max\":4}}", "$.emotionScale", "The scale 0..+4 leaves out the score -1 of step 'pays' at $.stages[0].steps[0].emotions[0].score" },
        { "bad scale", Head + "\"emotionScale\":{\"min\":2,\"max\":-2}}", "$.emotionScale", "min must be below max" },
        { "two general emotions", StepHead + "\"emotions\":[{\"score\":1},{\"score\":2}]" + StepTail, "$.stages[0].steps[0].emotions[1]", "two emotions for all personas" },
        { "duplicate step id", Head + "\"stages\":[{\"id\":\"pay\",\"name\":\"Pay\",\"steps\":[{\"id\":\"x\",\"name\":\"X\"},{\"id\":\"x\",\"name\":\"Y\"}]}]}", "$.stages[0].steps[1].id", "The id 'x' is used by two steps" },
        { "duplicate stage id", Head + "\"stages\":[{\"id\":\"pay\",\"name\":\"Pay\"},{\"id\":\"pay\",\"name\":\"Pay again\"}]}", "$.stages[1].id", "used by two stages" },
        { "dangling touchpoint", StepHead + "\"touchpoints\":[\"web\"]" + StepTail, "$.stages[0].steps[0].touchpoints[0]", "The touchpoint 'web' is not in 'touchpoints'" },
        { "dangling owner", Head + "\"owners\":[{\"id\":\"shop\",\"name\":\"Shop\"}],\"stages\":[{\"id\":\"pay\",\"name\":\"Pay\",\"owner\":\"bank\"}]}", "$.stages[0].owner", "The owner 'bank' is not in 'owners' (known: shop)" },
        { "dangling persona", StepHead + "\"emotions\":[{\"score\":1,\"persona\":\"ghost\"}]" + StepTail, "$.stages[0].steps[0].emotions[0].persona", "The persona 'ghost' is not in 'personas'" },
        { "dangling pain point", StepHead + "\"opportunities\":[{\"id\":\"o\",\"title\":\"O\",\"addresses\":[\"nothing\"]}]" + StepTail, "$.stages[0].steps[0].opportunities[0].addresses[0]", "The pain point 'nothing' is not in the steps' 'painPoints'" },
        { "dangling transition", MapWithStep + ",\"transitions\":[{\"id\":\"t\",\"kind\":\"loop\",\"from\":\"pays\",\"to\":\"gone\"}]}", "$.transitions[0].to", "The step 'gone' is not in the stages' 'steps'" },
        { "exit with a target", MapWithStep + ",\"transitions\":[{\"id\":\"t\",\"kind\":\"exit\",\"from\":\"pays\",\"to\":\"pays\"}]}", "$.transitions[0]", "An exit leads out of the journey" },
        { "share above one", MapWithStep + ",\"transitions\":[{\"id\":\"t\",\"kind\":\"exit\",\"from\":\"pays\",\"share\":1.5}]}", "$.transitions[0].share", "not a fraction between 0 and 1" },
        { "bad date", Head + "\"lastReviewedOn\":\"22/11/2026\"}", "$.lastReviewedOn", "write it as YYYY-MM-DD" },
        { "month duration", Head + "\"reviewCadence\":\"P3M\"}", "$.reviewCadence", "not a duration" },
        { "zero cadence", Head + "\"reviewCadence\":\"PT0S\"}", "$.reviewCadence", "longer than zero" },
        { "revision zero", Head + "\"revision\":{\"number\":0}}", "$.revision.number", "starts at 1" },
        { "duplicate property key", Head + "\"properties\":{\"a\":\"1\",\"a\":\"2\"}}", "$.properties", "The key 'a' appears twice" },
        { "deep nesting in a value", Head + "\"properties\":" + new string('[', 100_000), "$.properties", "Expected an object (of string properties) but found an array" },
    };

    [Theory]
    [MemberData(nameof(BadDocuments))]
    public void Deserialize_BadDocument_ThrowsFormatExceptionAtThePlace(string name, string json, string path, string reason)
    {
        var act = () => Json.Deserialize(json);

        var error = act.Should().Throw<JourneyFormatException>(name).Which;
        error.Message.Should().Contain(reason, name);
        error.JsonPath.Should().Be(path, name);
        error.Line.Should().BeGreaterThanOrEqualTo(1, name);
        error.Column.Should().BeGreaterThanOrEqualTo(1, name);
        error.Format.Should().Be("json");
    }

    [Theory]
    [MemberData(nameof(BadDocuments))]
    public void Read_BadDocumentFromStream_ThrowsTheSameError(string name, string json, string path, string reason)
    {
        var expected = Record.Exception(() => Json.Deserialize(json));

        var act = () => SmallWindow.Json.Deserialize(new TrickleStream(Encoding.UTF8.GetBytes(json), 7));

        var error = act.Should().Throw<JourneyFormatException>(name).Which;
        error.Reason.Should().Contain(reason, name);
        error.JsonPath.Should().Be(path);
        error.Message.Should().Be(expected!.Message, name);
    }

    [Theory]
    [InlineData("""{"schemaVersion":1,"id":"m","title":"M","stages":[{"id":"pay","name":"Pay","steps":[{"id":"pays","name":7}]}]}""", "/stages/pay/steps/pays/name")]
    [InlineData("""{"schemaVersion":1,"id":"m","title":"M","stages":[{"id":"pay","name":"Pay","steps":[{"id":"pays","name":"Pays","owner":"nobody"}]}]}""", "/stages/pay/steps/pays/owner")]
    [InlineData("""{"schemaVersion":1,"id":"m","title":"M","stages":[{"id":"pay","name":"Pay","steps":[{"id":"pays","name":"Pays","properties":{"a/b":7}}]}]}""", "/stages/pay/steps/pays/properties")]
    [InlineData("""{"schemaVersion":1,"id":"m","title":"M","stages":[{"name":"Pay","steps":[]}]}""", "/stages")]
    [InlineData("""{"schemaVersion":1,"id":"m","title":7}""", "/title")]
    public void Deserialize_BadDocument_NamesTheElementByItsIds(string json, string path)
    {
        var error = FluentActions.Invoking(() => Json.Deserialize(json)).Should().Throw<JourneyFormatException>().Which;

        error.Path.Should().Be(JourneyPath.FromText(path));
    }

    [Fact]
    public void Deserialize_MoreElementsThanTheLimit_FailsAtTheFirstOneOver()
    {
        var map = JourneyMap.Create("Lunch").Stage("Pay", s => s.Step("Pays").Step("Queues").Step("Eats")).Build();
        var limited = new JourneyMapJson { Options = new JourneyMapJsonOptions { MaxElements = 3 } };

        var error = FluentActions.Invoking(() => limited.Deserialize(Json.Serialize(map))).Should().Throw<JourneyFormatException>().Which;

        error.Reason.Should().Contain("limit of 3").And.Contain("JourneyMapJsonOptions.MaxElements");
        error.JsonPath.Should().Be("$.stages[0].steps[2].id");
        new JourneyMapJson { Options = new JourneyMapJsonOptions { MaxElements = 4 } }.Deserialize(Json.Serialize(map)).Should().Be(map);
    }

    [Fact]
    public void Deserialize_ErrorOnALaterLine_GivesLineAndColumn()
    {
        var json = "{\n  \"schemaVersion\": 1,\n  \"id\": \"lunch\",\n  \"title\": 42\n}";

        var error = Assert.Throws<JourneyFormatException>(() => Json.Deserialize(json));

        error.Line.Should().Be(4);
        error.Column.Should().Be(12);
        error.Message.Should().StartWith("json line 4, column 12 at $.title (element 'lunch'): Expected a string");
    }

    [Fact]
    public void Deserialize_ErrorInsideAStep_NamesTheStep()
    {
        var json = StepHead + "\"emotions\":[{\"score\":9}]" + StepTail;

        var error = Assert.Throws<JourneyFormatException>(() => Json.Deserialize(json));

        error.ElementId.Should().Be("pays");
    }

    [Fact]
    public void Deserialize_DeepNestingAtTheRoot_FailsWithoutStackOverflow()
    {
        var json = new string('[', 100_000) + new string(']', 100_000);

        var error = Assert.Throws<JourneyFormatException>(() => Json.Deserialize(json));

        error.JsonPath.Should().Be("$");
    }

    [Fact]
    public void Deserialize_InvalidUtf8InAString_SaysSo()
    {
        var bytes = Encoding.UTF8.GetBytes("{\"schemaVersion\":1,\"id\":\"a\",\"title\":\"Caf\u00e9\"}");
        var at = Array.IndexOf(bytes, (byte)0xC3);
        bytes[at] = 0xFF;

        var error = Assert.Throws<JourneyFormatException>(() => Json.Deserialize(bytes));

        error.Message.Should().Contain("UTF-8");
        error.JsonPath.Should().Be("$.title");
    }

    [Fact]
    public void Deserialize_EscapedUnpairedSurrogate_SaysSo()
    {
        var error = Assert.Throws<JourneyFormatException>(() => Json.Deserialize("{\"schemaVersion\":1,\"id\":\"a\",\"title\":\"\\ud800\"}"));

        error.Message.Should().Contain("unpaired surrogate");
    }

    [Fact]
    public void Deserialize_TextWithUnpairedSurrogate_SaysSo()
    {
        var error = Assert.Throws<JourneyFormatException>(() => Json.Deserialize("{\"schemaVersion\":1,\"id\":\"a\",\"title\":\"\ud800\"}"));

        error.Message.Should().Contain("unpaired surrogate");
    }

    [Fact]
    public void Deserialize_ByteOrderMark_IsSkipped()
    {
        var bytes = (byte[])[0xEF, 0xBB, 0xBF, .. JourneyMapJson.Default.SerializeToUtf8Bytes(SampleMaps.Complete())];

        Json.Deserialize(bytes).Should().Be(SampleMaps.Complete());
        Json.Deserialize(new TrickleStream(bytes, 1)).Should().Be(SampleMaps.Complete());
    }

    [Fact]
    public void Deserialize_StringLongerThanTheLimit_FailsNamingTheLimit()
    {
        var limited = new JourneyMapJson { Options = new JourneyMapJsonOptions { MaxStringLength = 10 } };

        var error = Assert.Throws<JourneyFormatException>(() => limited.Deserialize("{\"schemaVersion\":1,\"id\":\"a\",\"title\":\"Eleven char\"}"));

        error.Message.Should().Contain("longer than the limit of 10 characters");
        error.JsonPath.Should().Be("$.title");
    }

    [Fact]
    public void Read_HundredMegabyteString_FailsWithinTheDocumentLimit()
    {
        var stream = new GeneratedStream("{\"schemaVersion\":1,\"id\":\"a\",\"title\":\"", (byte)'x', 100_000_000, "\"}");

        var error = Assert.Throws<JourneyFormatException>(() => Json.Deserialize(stream));

        error.Message.Should().Contain("longer than the limit of 1,048,576 characters");
    }

    [Fact]
    public void Read_DocumentLargerThanTheLimit_StopsReading()
    {
        var limited = new JourneyMapJson { Options = new JourneyMapJsonOptions { MaxDocumentBytes = 1_000_000 } };
        var stream = new GeneratedStream("{\"schemaVersion\":1,\"id\":\"a\",\"title\":\"", (byte)'x', 100_000_000, "\"}");

        var error = Assert.Throws<JourneyFormatException>(() => limited.Deserialize(stream));

        error.Message.Should().Contain("larger than the limit of 1,000,000 bytes");
        stream.Position.Should().BeLessThan(2_000_000);
    }

    [Fact]
    public void Deserialize_DocumentCutAtEveryByte_FailsWithFormatExceptionOnly()
    {
        var bytes = JourneyMapJson.Default.SerializeToUtf8Bytes(SampleMaps.Complete());

        for (var length = 0; length < bytes.Length - 1; length++)
        {
            var cut = bytes.AsMemory(0, length);
            var act = () => Json.Deserialize(cut);
            act.Should().Throw<JourneyFormatException>($"the document cut at byte {length} is incomplete");
        }
    }

    [Fact]
    public void Read_DocumentCutAtEveryByteFromAStream_FailsWithFormatExceptionOnly()
    {
        var bytes = new JourneyMapJson { Options = new JourneyMapJsonOptions { Indented = false } }.SerializeToUtf8Bytes(SampleMaps.Complete());

        for (var length = 0; length < bytes.Length - 1; length++)
        {
            var act = () => SmallWindow.Json.Deserialize(new TrickleStream(bytes[..length], 13));
            act.Should().Throw<JourneyFormatException>($"the document cut at byte {length} is incomplete");
        }
    }

    /// <summary>A stream of a head, a long run of one byte, and a tail, made as it is read.</summary>
    private sealed class GeneratedStream(string head, byte fill, long count, string tail) : Stream
    {
        private readonly byte[] _head = Encoding.UTF8.GetBytes(head);
        private readonly byte[] _tail = Encoding.UTF8.GetBytes(tail);
        private long _position;

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => _head.Length + count + _tail.Length;

        public override long Position
        {
            get => _position;
            set => throw new NotSupportedException();
        }

        public override int Read(byte[] buffer, int offset, int length)
        {
            var written = 0;
            while (written < length && _position < Length)
            {
                var p = _position;
                buffer[offset + written] = p < _head.Length ? _head[p] : p < _head.Length + count ? fill : _tail[p - _head.Length - count];
                written++;
                _position++;
            }

            return written;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int length) => throw new NotSupportedException();
    }
}
