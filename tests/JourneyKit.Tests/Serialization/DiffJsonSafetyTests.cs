using JourneyKit.Serialization.Json;
using System.Text;
using JourneyKit.Diffing;
using JourneyKit.Serialization;
using JourneyKit.Tests.Support;

namespace JourneyKit.Tests.Serialization;

/// <summary>Hostile diff documents: only <see cref="JourneyFormatException"/>, naming the place, and linear cost.</summary>
public class DiffJsonSafetyTests
{
    private const string Prefix = """{"diffSchemaVersion":1,"changes":[""";

    private static string TitleChange(string path) =>
        Prefix + """{"change":"propertyChanged","element":"map","id":"buy-lunch","property":"title","before":"Buy lunch","after":"Buy food","path":""" + "\"" + path + "\"" + ""","location":"the map"}]}""";

    private static JourneyFormatException Refused(string json) =>
        FluentActions.Invoking(() => JourneyDiffJson.Default.Deserialize(json)).Should().Throw<JourneyFormatException>().Which;

    [Fact]
    public void Deserialize_PathOf160000Segments_ReadsInLinearMemory()
    {
        var diff = JourneyDiffJson.Default.Deserialize(TitleChange(string.Concat(Enumerable.Repeat("/a", 160_000))));

        diff.Changes.Single().Path.Value.Should().HaveLength(320_000);
        Growth.AllocationRatio(20_000, n => JourneyDiffJson.Default.Deserialize(TitleChange(string.Concat(Enumerable.Repeat("/a", n))))).Should().BeLessThan(6);
    }

    [Fact]
    public void Deserialize_LongMemberNameOverManyValues_CostsLinearMemory()
    {
        static string Document(int n) => "{\"" + new string('n', n) + "\":[" + string.Join(",", Enumerable.Repeat("1", n)) + "],\"diffSchemaVersion\":1,\"changes\":[]}";

        Refused(Document(1_000)).JsonPath.Should().Be("$." + new string('n', 1_000));
        Growth.AllocationRatio(8_000, n => FluentActions.Invoking(() => JourneyDiffJson.Default.Deserialize(Document(n))).Should().Throw<JourneyFormatException>()).Should().BeLessThan(6);
    }

    [Fact]
    public void Deserialize_ElementWithAnUnknownMember_FailsNamingIt()
    {
        var added = new JourneyDiffJson { Indented = false }.Serialize(JourneyDiff.Compare(DiffMaps.Lunch(), DiffMaps.Lunch(m => m.EditStage("Pay", s => s.Step("Says thanks")))));

        Refused(added.Replace("\"name\":\"Says thanks\"", "\"name\":\"Says thanks\",\"colour\":\"red\"", StringComparison.Ordinal)).JsonPath.Should().Be("$.changes[0].after.colour");
    }

    [Fact]
    public void Deserialize_PathWithBlankSegment_FailsNamingIt()
    {
        Refused(TitleChange("/stages/ /steps")).JsonPath.Should().Be("$.changes[0].path");
    }

    [Fact]
    public void Deserialize_UnpairedSurrogateEscape_FailsWithFormatException()
    {
        var error = Refused("""{"diffSchemaVersion":1,"changes":[{"change":"\udc00"}]}""");

        error.JsonPath.Should().Be("$.changes[0].change");
        error.Reason.Should().Contain("unpaired surrogate");
    }

    [Fact]
    public void Deserialize_UnpairedSurrogateEscapeInAMemberName_FailsWithFormatException()
    {
        // Found by DiffJsonFuzzTests (seed 696948597): System.Text.Json's duplicate check threw InvalidOperationException.
        Refused("""{"diffSchemaVersion":1,"changes":[{"change":"moved","C\uDF7D x":"step-5"}]}""").Reason.Should().Contain("unpaired surrogate");
    }

    [Theory]
    [InlineData("""{"diffSchemaVersion":[],"changes":[]}""", "$.diffSchemaVersion")]
    [InlineData("""{"diffSchemaVersion":1,"changes":[{"change":"reordered","element":"stage","id":"pay","from":{"kind":"map","id":"m","index":"0"},"to":{"kind":"map","id":"m","index":1},"path":"/stages/pay","location":"Pay"}]}""", "$.changes[0].from")]
    public void Deserialize_NumberOfTheWrongKind_FailsNamingIt(string json, string path)
    {
        // Found by DiffJsonFuzzTests (seed 1343890439): reading a number from an array threw InvalidOperationException.
        Refused(json).JsonPath.Should().Be(path);
    }

    [Fact]
    public void Read_InvalidUtf8ByteInAString_FailsNamingLineAndColumn()
    {
        var bytes = Encoding.UTF8.GetBytes(TitleChange("/title")).ToList();
        bytes.Insert(bytes.IndexOf((byte)'B') + 1, 0xFF);

        var error = FluentActions.Invoking(() => JourneyDiffJson.Default.Deserialize(new MemoryStream([.. bytes]))).Should().Throw<JourneyFormatException>().Which;

        error.Reason.Should().Contain("not valid UTF-8");
        (error.Line, error.Column).Should().Be((1L, (long)bytes.IndexOf(0xFF) + 1));
    }

    [Fact]
    public void Deserialize_DuplicateMember_Fails()
    {
        Refused(TitleChange("/title").Replace("\"after\":\"Buy food\"", "\"after\":\"Buy food\",\"after\":\"Buy drinks\"", StringComparison.Ordinal))
            .Reason.Should().Contain("after");
    }

    [Fact]
    public void Deserialize_UnknownTopLevelMember_FailsNamingIt()
    {
        Refused(TitleChange("/title").Replace("{\"diffSchemaVersion\":1,", "{\"diffSchemaVersion\":1,\"comment\":\"hi\",", StringComparison.Ordinal))
            .JsonPath.Should().Be("$.comment");
    }

    [Theory]
    [InlineData("")]
    [InlineData("Not An Id")]
    public void Deserialize_ChangeWithoutAValidId_FailsNamingTheId(string id)
    {
        Refused(TitleChange("/title").Replace("\"id\":\"buy-lunch\"", $"\"id\":\"{id}\"", StringComparison.Ordinal)).JsonPath.Should().Be("$.changes[0].id");
    }

    [Fact]
    public void Deserialize_AddedWithoutTo_FailsSayingWhatIsMissing()
    {
        var added = new JourneyDiffJson { Indented = false }.Serialize(JourneyDiff.Compare(DiffMaps.Lunch(), DiffMaps.Lunch(m => m.EditStage("Pay", s => s.Step("Says thanks")))));
        var to = added.IndexOf(",\"to\":", StringComparison.Ordinal);
        var withoutTo = added[..to] + added[(added.IndexOf('}', to) + 1)..];

        Refused(withoutTo).Reason.Should().Be("A change 'added' has no 'from' and needs 'to'.");
    }

    [Fact]
    public void Deserialize_MoreObjectsThanTheLimit_FailsBeforeReadingChanges()
    {
        var json = JourneyDiffJson.Default.Serialize(JourneyDiff.Compare(DiffMaps.Lunch(), DiffMaps.Lunch(m => m.EditStage("Pay", s => s.Step("Says thanks")))));

        FluentActions.Invoking(() => new JourneyDiffJson { Limits = new ReadLimits { MaxElements = 3 } }.Deserialize(json)).Should().Throw<JourneyFormatException>()
            .WithMessage("*ReadLimits.MaxElements*");
    }

    [Fact]
    public void Read_StreamLargerThanTheLimit_FailsWithoutReadingItAll()
    {
        using var stream = new MemoryStream(new byte[1_000_000]);

        FluentActions.Invoking(() => new JourneyDiffJson { Limits = new ReadLimits { MaxDocumentBytes = 100_000 } }.Deserialize(stream)).Should().Throw<JourneyFormatException>()
            .WithMessage("*ReadLimits.MaxDocumentBytes*");
        stream.Position.Should().BeLessThan(stream.Length);
    }

    [Fact]
    public void Deserialize_StringLongerThanTheLimit_FailsNamingIt()
    {
        var json = TitleChange("/title").Replace("Buy food", "Buy food in the canteen today", StringComparison.Ordinal);

        var error = FluentActions.Invoking(() => new JourneyDiffJson { Limits = new ReadLimits { MaxStringLength = 20 } }.Deserialize(json))
            .Should().Throw<JourneyFormatException>().Which;

        error.Message.Should().Contain("ReadLimits.MaxStringLength");
        error.JsonPath.Should().Be("$.changes[0].after");
    }
}
