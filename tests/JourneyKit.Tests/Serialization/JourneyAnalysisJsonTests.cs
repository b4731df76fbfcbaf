using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using JourneyKit.Analysis;
using JourneyKit.Samples.Maps;
using JourneyKit.Serialization.Json;
using JourneyKit.Tests.Support;

namespace JourneyKit.Tests.Serialization;

/// <summary>The analysis as JSON: the documented shape (docs/analysis-json.md), its schema, checked by ajv, and the same bytes every time.</summary>
public sealed class JourneyAnalysisJsonTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("journeykit-analysis-json-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    public static TheoryData<string> SampleMaps() => ["canteen", "shoes", "b2b"];

    [Fact]
    public void Serialize_OnlineShoePurchase_MatchesTheGoldenFile()
    {
        var analysis = OnlineShoePurchase.Build().Analyze();

        Golden.Check(JourneyAnalysisJson.Default.Serialize(analysis), "docs", "examples", "analysis", "buy-running-shoes-online.json");
    }

    [Theory]
    [MemberData(nameof(SampleMaps))]
    public void Serialize_SameAnalysisTwice_GivesTheSameBytes(string sample)
    {
        var map = Sample(sample);

        var first = JourneyAnalysisJson.Default.SerializeToUtf8Bytes(map.Analyze());
        var second = JourneyAnalysisJson.Default.SerializeToUtf8Bytes(map.Analyze());

        second.Should().Equal(first);
    }

    [Fact]
    public void Serialize_InAnyCulture_GivesTheSameBytes()
    {
        var analysis = OnlineShoePurchase.Build().Analyze();
        var invariant = WithCulture(CultureInfo.InvariantCulture, () => JourneyAnalysisJson.Default.SerializeToUtf8Bytes(analysis));

        var german = WithCulture(CultureInfo.GetCultureInfo("de-DE"), () => JourneyAnalysisJson.Default.SerializeToUtf8Bytes(analysis));

        german.Should().Equal(invariant);
    }

    [Fact]
    public void Serialize_AnyAnalysis_StartsWithTheVersionAndTheMapId()
    {
        var json = new JourneyAnalysisJson { Indented = false }.Serialize(CanteenLunch.Build().Analyze());

        json.Should().StartWith("""{"analysisVersion":1,"mapId":"buy-lunch-in-the-canteen","routes":{""");
        JourneyAnalysisJson.CurrentSchemaVersion.Should().Be(1);
    }

    [Fact]
    public void Serialize_CompactAndIndented_HoldTheSameDocument()
    {
        var analysis = B2BSoftwarePurchase.Build().Analyze();

        var compact = new JourneyAnalysisJson { Indented = false }.Serialize(analysis);
        var indented = JourneyAnalysisJson.Default.Serialize(analysis);

        compact.Should().NotContain("\n").And.NotContain(" \"");
        indented.Should().Contain("\n  \"mapId\": ").And.EndWith("}\n").And.NotContain("\r");
        JsonNode.DeepEquals(JsonNode.Parse(compact), JsonNode.Parse(indented)).Should().BeTrue();
    }

    [Fact]
    public async Task Serialize_TextBytesStreamAndAsync_GiveTheSameBytes()
    {
        var analysis = OnlineShoePurchase.Build().Analyze();
        var json = JourneyAnalysisJson.Default;

        var bytes = json.SerializeToUtf8Bytes(analysis);
        using var stream = new MemoryStream();
        json.Serialize(analysis, stream);
        using var asyncStream = new MemoryStream();
        await json.SerializeAsync(analysis, asyncStream, TestContext.Current.CancellationToken);

        bytes.Should().Equal(Encoding.UTF8.GetBytes(json.Serialize(analysis)));
        bytes.Take(3).Should().NotEqual(new byte[] { 0xEF, 0xBB, 0xBF }, "UTF-8 is written without a byte order mark");
        stream.ToArray().Should().Equal(bytes);
        asyncStream.ToArray().Should().Equal(bytes);
    }

    [Fact]
    public void Serialize_Stream_WritesAfterWhatIsThereAndLeavesItOpen()
    {
        using var stream = new MemoryStream();
        stream.Write("x"u8);

        new JourneyAnalysisJson { Indented = false }.Serialize(CanteenLunch.Build().Analyze(), stream);

        stream.CanWrite.Should().BeTrue();
        Encoding.UTF8.GetString(stream.ToArray()).Should().StartWith("x{\"analysisVersion\":1");
    }

    [Fact]
    public void Serialize_Null_IsRefused()
    {
        var text = () => JourneyAnalysisJson.Default.Serialize(null!);
        var stream = () => JourneyAnalysisJson.Default.Serialize(CanteenLunch.Build().Analyze(), null!);

        text.Should().Throw<ArgumentNullException>();
        stream.Should().Throw<ArgumentNullException>();
    }

    [Fact]
    public void Serialize_TruncatedListing_SaysSoAndLeavesOutTheExpectations()
    {
        var analysis = OnlineShoePurchase.Build().Analyze(AnalysisOptions.Default with { MaxRoutes = 1 });

        var json = JourneyAnalysisJson.Default.Serialize(analysis);

        analysis.Routes.IsTruncated.Should().BeTrue();
        json.Should().Contain("\"isTruncated\": true");
        var routes = JsonNode.Parse(json)!["routes"]!.AsObject();
        routes.ContainsKey("expectedStepCount").Should().BeFalse();
        routes.ContainsKey("expectedDuration").Should().BeFalse();
        routes["routes"]!.AsArray().Should().HaveCount(1);
    }

    [Fact]
    public void Serialize_CompleteListing_SaysItIsNotTruncated()
    {
        var json = JourneyAnalysisJson.Default.Serialize(OnlineShoePurchase.Build().Analyze());

        json.Should().Contain("\"isTruncated\": false").And.Contain("\"expectedStepCount\": ");
    }

    [Fact]
    public void Serialize_MapWithoutEmotionsOrDurations_LeavesOutWhatIsNull()
    {
        var map = JourneyMap.Create("Plain").Stage("Look", s => s.Step("Looks")).Build();

        var json = JourneyAnalysisJson.Default.Serialize(map.Analyze());

        var root = JsonNode.Parse(json)!.AsObject();
        root.ContainsKey("peak").Should().BeFalse();
        root.ContainsKey("end").Should().BeFalse();
        root["routes"]!.AsObject().ContainsKey("expectedDuration").Should().BeFalse();
        root["routes"]!["routes"]![0]!.AsObject().ContainsKey("duration").Should().BeFalse();
        root["funnel"]!["steps"]![0]!.AsObject().ContainsKey("measuredConversion").Should().BeFalse();
        root["moments"]!.AsArray().Should().BeEmpty("lists are written even when empty");
        json.Should().NotContain("null");
    }

    [Theory]
    [MemberData(nameof(SampleMaps))]
    public void Serialize_Figures_AreJsonNumbersAsTheDecimalsPrint(string sample)
    {
        var analysis = Sample(sample).Analyze();

        var root = JsonNode.Parse(JourneyAnalysisJson.Default.Serialize(analysis))!;

        foreach (var number in Values(root).Where(v => v.GetValueKind() == JsonValueKind.Number))
        {
            var raw = number.ToJsonString();
            raw.Should().Be(number.GetValue<decimal>().ToString(CultureInfo.InvariantCulture), "a figure is written as the decimal prints");
            raw.Should().NotMatchRegex(@"\.\d*0$", "figures have no trailing zeros").And.NotContain("e").And.NotContain("E");
        }

        var route = analysis.Routes.Routes[0];
        root["routes"]!["routes"]![0]!["probability"]!.ToJsonString().Should().Be(route.Probability.ToString(CultureInfo.InvariantCulture));
        root["funnel"]!["journeyConversion"]!.ToJsonString().Should().Be(analysis.Funnel.JourneyConversion.ToString(CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Serialize_EnumsAndDurations_AreWordsAndIso8601()
    {
        var analysis = OnlineShoePurchase.Build().Analyze();

        var root = JsonNode.Parse(JourneyAnalysisJson.Default.Serialize(analysis))!;

        root["routes"]!["routes"]!.AsArray().Select(r => (string)r!["end"]!).Should().OnlyContain(end => end == "finished" || end == "exited" || end == "stuck");
        root["priorities"]!.AsArray().Select(p => (string)p!["quadrant"]!).Should().OnlyContain(q => q == "quickWin" || q == "majorProject" || q == "fillIn" || q == "reconsider");
        if (analysis.Routes.ExpectedDuration is { } expected)
        {
            ((string)root["routes"]!["expectedDuration"]!).Should().StartWith("P").And.Be(IsoDuration.Format(expected));
        }
    }

    [Fact]
    public void Serialize_EveryRouteEndAndQuadrant_HasAWord()
    {
        foreach (var end in Enum.GetValues<RouteEnd>())
        {
            JsonVocabulary.RouteEnds.Encode(end).Value.Should().MatchRegex("^[a-z][A-Za-z]*$");
        }

        foreach (var quadrant in Enum.GetValues<Quadrant>())
        {
            JsonVocabulary.Quadrants.Encode(quadrant).Value.Should().MatchRegex("^[a-z][A-Za-z]*$");
        }
    }

    [Fact]
    public void Schema_SampleMapsAnalyses_AreValid()
    {
        var files = new List<string>
        {
            Save("canteen", CanteenLunch.Build().Analyze()),
            Save("shoes", OnlineShoePurchase.Build().Analyze()),
            Save("b2b", B2BSoftwarePurchase.Build().Analyze()),
            Save("shoes-truncated", OnlineShoePurchase.Build().Analyze(AnalysisOptions.Default with { MaxRoutes = 1 })),
            Save("plain", JourneyMap.Create("Plain").Stage("Look", s => s.Step("Looks")).Build().Analyze()),
            Repository.File("docs", "examples", "analysis", "buy-running-shoes-online.json"),
        };

        var results = SchemaValidator.Validate(files, SchemaValidator.AnalysisSchemaPath);

        foreach (var file in files)
        {
            results[file].Valid.Should().BeTrue($"{Path.GetFileName(file)} was written by JourneyKit, but ajv says: {results[file].Errors}");
        }
    }

    [Fact]
    public void Schema_RandomMapsAnalyses_AreValidAndUseEveryProperty()
    {
        var files = Enumerable.Range(1, 60)
            .Select(seed => Save($"random-{seed}", RandomMaps.Build(seed, maxStages: 5, maxStepsPerStage: 5).Analyze(AnalysisOptions.Default with { MaxRoutes = seed % 3 == 0 ? 2 : 1_000 })))
            .Append(Save("disagreeing", Disagreeing().Analyze()))
            .ToList();

        var results = SchemaValidator.Validate(files, SchemaValidator.AnalysisSchemaPath);

        foreach (var file in files)
        {
            results[file].Valid.Should().BeTrue($"{Path.GetFileName(file)} was written by JourneyKit, but ajv says: {results[file].Errors}");
        }

        var written = new HashSet<string>(StringComparer.Ordinal);
        var texts = files.Select(File.ReadAllText).ToList();
        texts.ForEach(text => CollectWrittenNames(JsonNode.Parse(text), written));
        DescribedNames().Except(written).Should().BeEmpty("the random maps give every property of the schema");
        texts.Should().Contain(t => t.Contains("\"isTruncated\": true")).And.Contain(t => t.Contains("\"stuck\"")).And.Contain(t => t.Contains("\"exited\""));
    }

    [Fact]
    public void Serialize_MetricThatDisagreesWithTheShares_WritesTheDisagreement()
    {
        var json = new JourneyAnalysisJson { Indented = false }.Serialize(Disagreeing().Analyze());

        json.Should().Contain("""
            "disagreements":[{"elementId":"enters-the-card","metricId":"card-to-paid","fromShares":0.5,"measured":0.9}]
            """);
    }

    [Fact]
    public void Schema_DocumentsMissingOrAddingAProperty_AreInvalid()
    {
        var root = JsonNode.Parse(JourneyAnalysisJson.Default.Serialize(OnlineShoePurchase.Build().Analyze()))!.AsObject();
        var missing = root.DeepClone().AsObject();
        missing.Remove("funnel");
        var extra = root.DeepClone().AsObject();
        extra["colour"] = "red";
        var newer = root.DeepClone().AsObject();
        newer["analysisVersion"] = 2;
        var badEnd = root.DeepClone().AsObject();
        badEnd["routes"]!["routes"]![0]!["end"] = "Finished";
        var files = new[] { ("missing", missing), ("extra", extra), ("newer", newer), ("bad-end", badEnd) }
            .Select(d => SaveText(d.Item1, d.Item2.ToJsonString())).ToList();

        var results = SchemaValidator.Validate(files, SchemaValidator.AnalysisSchemaPath);

        foreach (var file in files)
        {
            results[file].Valid.Should().BeFalse($"{Path.GetFileName(file)} is not the documented shape");
        }
    }

    [Fact]
    public void Schema_IsShippedInThePackageFolderAndEmbedded()
    {
        var project = File.ReadAllText(Repository.File("src", "JourneyKit", "JourneyKit.csproj"));

        project.Should().Contain("""<None Include="../../docs/schema/journeyanalysis.v1.schema.json" Pack="true" PackagePath="schema/" """);
        JourneyAnalysisJson.Schema.Should().Be(File.ReadAllText(SchemaValidator.AnalysisSchemaPath, Encoding.UTF8));
    }

    [Fact]
    public void Schema_DescribesEveryPropertyWritten()
    {
        var described = DescribedNames();
        var written = new HashSet<string>(StringComparer.Ordinal);
        foreach (var sample in new[] { "canteen", "shoes", "b2b" })
        {
            CollectWrittenNames(JsonNode.Parse(JourneyAnalysisJson.Default.Serialize(Sample(sample).Analyze()))!, written);
        }

        written.Should().BeSubsetOf(described);
        described.Should().BeSubsetOf(written.Concat(["expectedDuration", "expectedStepCount", "disagreements", "elementId", "metricId", "fromShares", "measured", "measuredConversion", "worstPainPoint", "duration", "conversion"]), "the sample maps show nearly every property");
    }

    private static HashSet<string> DescribedNames()
    {
        using var schema = JsonDocument.Parse(JourneyAnalysisJson.Schema);
        var described = new HashSet<string>(StringComparer.Ordinal);
        CollectPropertyNames(schema.RootElement, described);
        return described;
    }

    private static void CollectPropertyNames(JsonElement schema, HashSet<string> names)
    {
        if (schema.ValueKind == JsonValueKind.Object)
        {
            foreach (var member in schema.EnumerateObject())
            {
                if (member.Name == "properties")
                {
                    foreach (var property in member.Value.EnumerateObject())
                    {
                        names.Add(property.Name);
                        property.Value.GetProperty("description").GetString().Should().NotBeNullOrWhiteSpace($"'{property.Name}' is documented");
                    }
                }

                CollectPropertyNames(member.Value, names);
            }
        }
        else if (schema.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in schema.EnumerateArray())
            {
                CollectPropertyNames(item, names);
            }
        }
    }

    private static void CollectWrittenNames(JsonNode? node, HashSet<string> names)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var (name, value) in obj)
                {
                    names.Add(name);
                    CollectWrittenNames(value, names);
                }

                break;
            case JsonArray array:
                foreach (var item in array)
                {
                    CollectWrittenNames(item, names);
                }

                break;
        }
    }

    private static IEnumerable<JsonValue> Values(JsonNode? node) => node switch
    {
        JsonValue value => [value],
        JsonObject obj => obj.SelectMany(member => Values(member.Value)),
        JsonArray array => array.SelectMany(Values),
        _ => [],
    };

    /// <summary>A map whose conversion metric (90 %) says otherwise than its exit's share (half the customers give up).</summary>
    private static JourneyMap Disagreeing() => JourneyMap.Create("Pay online")
        .Stage("Pay", s => s
            .Step("Enters the card", st => st.Metric("Card to paid", m => m.Kind(MetricKind.Conversion).Unit("%").Actual(90)))
            .Step("Pays"))
        .Exit("Enters the card", "Gives up", 0.5m)
        .Build();

    private static JourneyMap Sample(string name) => name switch
    {
        "canteen" => CanteenLunch.Build(),
        "shoes" => OnlineShoePurchase.Build(),
        _ => B2BSoftwarePurchase.Build(),
    };

    private static T WithCulture<T>(CultureInfo culture, Func<T> act)
    {
        var (current, ui) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = culture;
            return act();
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = (current, ui);
        }
    }

    private string Save(string name, JourneyAnalysis analysis) => SaveText(name, JourneyAnalysisJson.Default.Serialize(analysis));

    private string SaveText(string name, string json)
    {
        var path = Path.Combine(_folder, name + ".json");
        File.WriteAllText(path, json, new UTF8Encoding(false));
        return path;
    }
}
