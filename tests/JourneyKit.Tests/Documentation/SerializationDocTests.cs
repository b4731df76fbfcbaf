using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using JourneyKit.Serialization;
using JourneyKit.Diffing;
using JourneyKit.Serialization.Json;
using JourneyKit.Serialization.Mermaid;
using JourneyKit.Tests.Support;

namespace JourneyKit.Tests.Documentation;

/// <summary>The code of docs/serialization.md, compiled and run.</summary>
public partial class SerializationDocTests
{
    #region doc-custom-format
    /// <summary>A plain outline: the title on the first line, then one "- stage" line per stage.</summary>
    public sealed class OutlineFormat : IJourneyMapReader, IJourneyMapWriter
    {
        public static JourneyMapFormat Format { get; } = new("outline", [".outline.txt"], ["text/x-journey-outline"], new OutlineFormat(), new OutlineFormat());

        public void Serialize(JourneyMap map, Stream stream)
        {
            using var writer = new StreamWriter(stream, leaveOpen: true);
            writer.Write(map.Title + "\n" + string.Concat(map.Stages.Select(s => $"- {s.Name}\n")));
        }

        public JourneyMap Deserialize(Stream stream)
        {
            using var reader = new StreamReader(stream, leaveOpen: true);
            var lines = reader.ReadToEnd().Split('\n', StringSplitOptions.RemoveEmptyEntries);
            if (lines.Length == 0)
            {
                throw new JourneyFormatException("The outline is empty; its first line is the title.", "outline", 1, 1, null, null);
            }

            var map = JourneyMap.Create(lines[0]);
            foreach (var line in lines.Skip(1))
            {
                map.Stage(line.TrimStart('-', ' '));
            }

            return map.Build();
        }
    }
    #endregion

    [Fact]
    public void ReadLimits_Example_RunsAndIsShownInTheDocs()
    {
        var before = SampleMaps.Complete();
        using var uploadedStream = new MemoryStream(Encoding.UTF8.GetBytes(JourneyDiffJson.Default.Serialize(JourneyDiff.Compare(before, before.WithTitle("Lunch")))));

        #region doc-read-limits
        var strict = new ReadLimits { MaxDocumentBytes = 1024 * 1024, MaxElements = 10_000 };
        var mermaid = new JourneyMapMermaid { Limits = strict };
        var formats = JourneyMapFormats.Default.Without("mermaid").With(mermaid.Format);
        var diff = new JourneyDiffJson { Limits = strict }.Deserialize(uploadedStream);
        #endregion

        formats.Find("mermaid")!.Reader.Should().BeSameAs(mermaid);
        diff.Changes.Should().ContainSingle();
        DocSnippets.AssertShownIn("docs/serialization.md", "SerializationDocTests.cs", "doc-read-limits");
    }

    [Fact]
    public void CustomFormat_RegisteredBesideJson_ReadsWhatItWrites()
    {
        #region doc-register-format
        var formats = JourneyMapFormats.Default.With(OutlineFormat.Format);
        var outline = formats.FindByExtension("lunch.outline.txt")!;
        #endregion
        var map = JourneyMap.Create("Buy lunch").Stage("Choose").Stage("Pay").Build();
        using var stream = new MemoryStream();

        outline.Writer!.Serialize(map, stream);
        stream.Position = 0;

        Encoding.UTF8.GetString(stream.ToArray()).Should().Be("Buy lunch\n- Choose\n- Pay\n");
        outline.Reader!.Deserialize(stream).Should().Be(map);
        formats.Find("json").Should().BeSameAs(JourneyMapFormats.Default.Find("json"));
    }

    [Fact]
    public async Task CustomFormat_WithoutAsyncMethods_ReadsAndWritesAsynchronously()
    {
        IJourneyMapWriter writer = new OutlineFormat();
        IJourneyMapReader reader = new OutlineFormat();
        var map = JourneyMap.Create("Buy lunch").Stage("Pay").Build();
        using var stream = new MemoryStream();

        await writer.SerializeAsync(map, stream);
        stream.Position = 0;

        (await reader.DeserializeAsync(stream)).Should().Be(map);
    }

    [Fact]
    public void ReadAndWrite_AsDocumented_RoundTrip()
    {
        var map = SampleMaps.Complete();
        #region doc-json
        var json = JourneyMapJson.Default.Serialize(map);
        var again = JourneyMapJson.Default.Deserialize(json);
        #endregion
        again.Should().Be(map);
    }

    [Fact]
    public void ReadAndWriteFiles_AsDocumented_RoundTrip()
    {
        var map = SampleMaps.Complete();
        var path = Path.Combine(Path.GetTempPath(), $"journeykit-{Guid.NewGuid():N}.json");
        try
        {
            #region doc-files
            JourneyMapFormats.Default.WriteFile(map, path);
            var loaded = JourneyMapFormats.Default.ReadFile(path);
            #endregion
            loaded.Should().Be(map);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void BadInput_AsDocumented_SaysWhereAndWhat()
    {
        string? message = null;
        #region doc-errors
        try
        {
            JourneyMapJson.Default.Deserialize("""{ "schemaVersion": 1, "id": "lunch", "title": "Lunch", "kind": "shopping" }""");
        }
        catch (JourneyFormatException ex)
        {
            // json line 1, column 64 at $.kind (element 'lunch'): 'shopping' is not a known value; ...
            message = $"{ex.Line}:{ex.Column} {ex.JsonPath} {ex.ElementId}: {ex.Reason}";
        }
        #endregion
        message.Should().StartWith("1:64 $.kind lunch: 'shopping' is not a known value");
    }

    [Fact]
    public void SerializationDoc_SmallMapExample_IsWhatJourneyKitWrites()
    {
        var map = JourneyMap.Create("Buy lunch").Id("buy-lunch").Kind(JourneyKind.Purchase)
            .Touchpoint("Till")
            .Stage("Pay", s => s.Step("Pays at the till", st => st.Emotion(-1, "rushed").Via("Till").Duration(TimeSpan.FromMinutes(2))))
            .Build();

        var json = JourneyMapJson.Default.Serialize(map);

        File.ReadAllText(Repository.File("docs", "serialization.md")).ReplaceLineEndings("\n").Should().Contain("```json\n" + json + "```");
    }

    #region doc-converter
    public sealed record MapResponse(string Team, JourneyMap Map);

    [JsonSourceGenerationOptions(Converters = [typeof(JourneyMapJsonConverter)])]
    [JsonSerializable(typeof(MapResponse))]
    public sealed partial class ApiJsonContext : JsonSerializerContext;
    #endregion

    [Fact]
    public void Converter_AsDocumented_RoundTripsAMapInsideAResponse()
    {
        var response = new MapResponse("Canteen", SampleMaps.Complete());

        var json = JsonSerializer.Serialize(response, ApiJsonContext.Default.MapResponse);

        JsonSerializer.Deserialize(json, ApiJsonContext.Default.MapResponse).Should().Be(response);
    }

    [Theory]
    [InlineData("doc-converter")]
    [InlineData("doc-custom-format")]
    [InlineData("doc-register-format")]
    [InlineData("doc-json")]
    [InlineData("doc-files")]
    [InlineData("doc-errors")]
    public void SerializationDoc_ShowsTheCompiledCode(string region) =>
        DocSnippets.AssertShownIn("docs/serialization.md", "SerializationDocTests.cs", region);
}
