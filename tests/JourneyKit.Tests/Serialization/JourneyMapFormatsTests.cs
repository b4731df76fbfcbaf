using JourneyKit.Serialization;
using JourneyKit.Serialization.Json;
using JourneyKit.Tests.Support;

namespace JourneyKit.Tests.Serialization;

public class JourneyMapFormatsTests
{
    private static readonly JourneyMapFormat Yaml = new("yaml", [".yaml", ".yml"], ["application/yaml"], null, new JourneyMapJson());

    [Fact]
    public void Default_HoldsJsonByNameExtensionAndMediaType()
    {
        var formats = JourneyMapFormats.Default;

        formats.Find("JSON")!.Reader.Should().BeSameAs(JourneyMapJson.Default);
        formats.FindByExtension("maps/Lunch.JSON").Should().BeSameAs(formats.Find("json"));
        formats.FindByMediaType("application/json; charset=utf-8").Should().BeSameAs(formats.Find("json"));
    }

    [Fact]
    public void Find_UnknownNameExtensionOrMediaType_ReturnsNull()
    {
        JourneyMapFormats.Default.Find("xml").Should().BeNull();
        JourneyMapFormats.Default.FindByExtension("lunch.xml").Should().BeNull();
        JourneyMapFormats.Default.FindByMediaType("text/xml").Should().BeNull();
    }

    [Fact]
    public void With_NewFormat_LeavesTheOriginalUnchanged()
    {
        var formats = JourneyMapFormats.Default.With(Yaml);

        formats.Formats.Select(f => f.Name).Should().Equal("json", "csv", "mermaid", "markdown", "svg", "html", "yaml");
        JourneyMapFormats.Default.Formats.Select(f => f.Name).Should().Equal("json", "csv", "mermaid", "markdown", "svg", "html");
        formats.FindByExtension("x.yml").Should().BeSameAs(Yaml);
    }

    [Fact]
    public void With_SameName_ReplacesTheFormatInPlace()
    {
        var compact = new JourneyMapJson { Options = new JourneyMapJsonOptions { Indented = false } };

        var formats = JourneyMapFormats.Default.With(Yaml).With(compact.Format);

        formats.Formats.Select(f => f.Name).Should().Equal("json", "csv", "mermaid", "markdown", "svg", "html", "yaml");
        formats.Find("json")!.Writer.Should().BeSameAs(compact);
    }

    [Fact]
    public void With_ExtensionClaimedByAnotherFormat_Throws()
    {
        var other = new JourneyMapFormat("other-json", [".json"], ["application/x-other"], JourneyMapJson.Default, null);

        var act = () => JourneyMapFormats.Default.With(other);

        act.Should().Throw<ArgumentException>().WithMessage("*'json' already answers to '.json'*Without(\"json\")*");
    }

    [Fact]
    public void FindByExtension_LongestMatchWins()
    {
        var outline = new JourneyMapFormat("outline", [".outline.json"], ["text/x-outline"], null, JourneyMapJson.Default);

        var formats = JourneyMapFormats.Default.With(outline);

        formats.FindByExtension("lunch.outline.json").Should().BeSameAs(outline);
        formats.FindByExtension("lunch.json")!.Name.Should().Be("json");
    }

    [Fact]
    public void Without_RemovesTheFormat()
    {
        JourneyMapFormats.Default.Without("json").Formats.Select(f => f.Name).Should().Equal("csv", "mermaid", "markdown", "svg", "html");
        JourneyMapFormats.Default.Without("nothing").Should().BeSameAs(JourneyMapFormats.Default);
    }

    [Fact]
    public void Format_WithoutReaderOrWriter_Throws()
    {
        var act = () => new JourneyMapFormat("none", [".none"], ["text/none"], null, null);

        act.Should().Throw<ArgumentException>().WithMessage("*needs a reader, a writer or both*");
    }

    [Theory]
    [InlineData("json")]
    [InlineData("")]
    [InlineData(". ")]
    public void Format_ExtensionWithoutDot_Throws(string extension)
    {
        var act = () => new JourneyMapFormat("x", [extension], ["text/x"], null, JourneyMapJson.Default);

        act.Should().Throw<ArgumentException>().WithParameterName("extensions");
    }

    [Fact]
    public void ReadFile_WriteOnlyFormat_ThrowsSayingSo()
    {
        var formats = JourneyMapFormats.Empty.With(Yaml);

        var act = () => formats.ReadFile("map.yaml");

        act.Should().Throw<ArgumentException>().WithMessage("*'yaml' cannot read maps*");
    }

    [Fact]
    public void WriteFile_UnknownExtension_ListsTheKnownOnes()
    {
        var act = () => JourneyMapFormats.Default.WriteFile(SampleMaps.Complete(), "map.xml");

        act.Should().Throw<ArgumentException>().WithMessage("*'map.xml'*known extensions: .json*");
    }

    [Fact]
    public async Task WriteFileAsync_ThenReadFileAsync_RoundTrips()
    {
        var path = Path.Combine(Path.GetTempPath(), $"journeykit-{Guid.NewGuid():N}.json");
        try
        {
            await JourneyMapFormats.Default.WriteFileAsync(SampleMaps.Complete(), path);

            (await JourneyMapFormats.Default.ReadFileAsync(path)).Should().Be(SampleMaps.Complete());
            File.ReadAllBytes(path).Should().Equal(JourneyMapJson.Default.SerializeToUtf8Bytes(SampleMaps.Complete()));
        }
        finally
        {
            File.Delete(path);
        }
    }
}
