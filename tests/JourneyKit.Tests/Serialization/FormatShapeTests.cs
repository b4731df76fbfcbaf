using System.Reflection;
using System.Text;
using JourneyKit.Diffing;
using JourneyKit.Rendering;
using JourneyKit.Serialization;
using JourneyKit.Serialization.Json;
using JourneyKit.Serialization.Mermaid;
using JourneyKit.Tests.Support;

namespace JourneyKit.Tests.Serialization;

/// <summary>Every format has the same shape: a Default instance and Serialize/Deserialize over text, bytes, streams and tasks, all agreeing.</summary>
public class FormatShapeTests
{
    public static TheoryData<Type> Writers() => [.. PublicFormats().Where(t => typeof(IJourneyMapWriter).IsAssignableFrom(t))];

    public static TheoryData<Type> Readers() => [.. PublicFormats().Where(t => typeof(IJourneyMapReader).IsAssignableFrom(t))];

    [Theory]
    [MemberData(nameof(Writers))]
    public async Task Serialize_TextBytesStreamAndAsync_GiveTheSameBytes(Type format)
    {
        var writer = (IJourneyMapWriter)format.GetProperty("Default", BindingFlags.Public | BindingFlags.Static)!.GetValue(null)!;
        var map = SampleMaps.Complete();
        dynamic instance = writer;

        string text = instance.Serialize(map);
        byte[] bytes = instance.SerializeToUtf8Bytes(map);
        using var stream = new MemoryStream();
        writer.Serialize(map, stream);
        using var asyncStream = new MemoryStream();
        await writer.SerializeAsync(map, asyncStream, TestContext.Current.CancellationToken);

        bytes.Should().Equal(Encoding.UTF8.GetBytes(text), format.Name);
        stream.ToArray().Should().Equal(bytes, format.Name);
        asyncStream.ToArray().Should().Equal(bytes, format.Name);
    }

    [Theory]
    [MemberData(nameof(Readers))]
    public async Task Deserialize_TextBytesStreamAndAsync_GiveTheSameMap(Type format)
    {
        var reader = (IJourneyMapReader)format.GetProperty("Default", BindingFlags.Public | BindingFlags.Static)!.GetValue(null)!;
        dynamic instance = reader;
        string text = instance.Serialize(CanteenLunch());
        var bytes = Encoding.UTF8.GetBytes(text);

        JourneyMap fromText = instance.Deserialize(text);
        JourneyMap fromBytes = instance.Deserialize(new ReadOnlyMemory<byte>(bytes));
        var fromStream = reader.Deserialize(new MemoryStream(bytes));
        var fromAsync = await reader.DeserializeAsync(new MemoryStream(bytes), TestContext.Current.CancellationToken);

        fromBytes.Should().Be(fromText, format.Name);
        fromStream.Should().Be(fromText, format.Name);
        fromAsync.Should().Be(fromText, format.Name);
    }

    [Fact]
    public void PublicFormats_AreTheRegisteredOnesAndTheRenderers()
    {
        var registered = JourneyMapFormats.Default.Formats.Select(f => (f.Writer ?? (object)f.Reader!).GetType());

        PublicFormats().Should().BeEquivalentTo(registered.Append(typeof(JourneyMapSvg)).Append(typeof(JourneyMapHtml)).Distinct());
    }

    [Fact]
    public async Task JourneyDiffJson_TextBytesStreamAndAsync_Agree()
    {
        var diff = JourneyDiff.Compare(CanteenLunch(), CanteenLunch().WithTitle("Buy lunch fast"));
        var json = JourneyDiffJson.Default;
        using var stream = new MemoryStream();
        json.Serialize(diff, stream);
        using var asyncStream = new MemoryStream();
        await json.SerializeAsync(diff, asyncStream, TestContext.Current.CancellationToken);
        var bytes = json.SerializeToUtf8Bytes(diff);

        bytes.Should().Equal(Encoding.UTF8.GetBytes(json.Serialize(diff)));
        stream.ToArray().Should().Equal(bytes);
        asyncStream.ToArray().Should().Equal(bytes);
        json.Deserialize(new ReadOnlyMemory<byte>(bytes)).Should().Be(diff);
        json.Deserialize(new MemoryStream(bytes)).Should().Be(diff);
        (await json.DeserializeAsync(new MemoryStream(bytes), TestContext.Current.CancellationToken)).Should().Be(diff);
    }

    [Fact]
    public void Options_SetInAnObjectInitializer_ChangeTheOutput()
    {
        var map = CanteenLunch();

        var compact = new JourneyMapJson { Options = JourneyMapJsonOptions.Default with { Indented = false } }.Serialize(map);
        var compactDiff = new JourneyDiffJson { Indented = false }.Serialize(JourneyDiff.Compare(map, map.WithTitle("Other")));
        var dark = new JourneyMapSvg { Options = RenderOptions.Default with { Theme = RenderTheme.Dark } }.Serialize(map);

        compact.Should().NotContain("\n");
        compactDiff.Should().NotContain("\n");
        dark.Should().Contain(RenderTheme.Dark.Background).And.NotBe(JourneyMapSvg.Default.Serialize(map));
    }

    [Fact]
    public void Limits_SetInAnObjectInitializer_AreChecked()
    {
        var strict = new ReadLimits { MaxDocumentBytes = 10 };
        var text = JourneyMapMermaid.Default.Serialize(CanteenLunch());

        var read = () => new JourneyMapMermaid { Limits = strict }.Deserialize(Encoding.UTF8.GetBytes(text).AsMemory());

        read.Should().Throw<JourneyFormatException>().Which.Reason.Should().Contain("MaxDocumentBytes");
    }

    [Fact]
    public void Options_Null_IsRefusedNamingTheValue()
    {
        var act = () => new JourneyMapJson { Options = null! };

        act.Should().Throw<ArgumentNullException>();
    }

    private static JourneyMap CanteenLunch() => JourneyMap.Create("Buy lunch")
        .Persona("Student")
        .Stage("Choose", s => s.Step("Reads the menu", st => st.Emotion(1)).Step("Queues", st => st.Emotion(-1)))
        .Stage("Pay", s => s.Step("Pays", st => st.Emotion(0)))
        .Build();

    private static IEnumerable<Type> PublicFormats() =>
        typeof(JourneyMap).Assembly.GetExportedTypes().Where(t => t.IsClass && !t.IsAbstract
            && (typeof(IJourneyMapWriter).IsAssignableFrom(t) || typeof(IJourneyMapReader).IsAssignableFrom(t)));
}
