using System.Text;
using JourneyKit.Serialization;
using JourneyKit.Serialization.Json;
using JourneyKit.Tests.Support;

namespace JourneyKit.Tests.Serialization;

/// <summary>
/// A real JSON Schema validator (ajv 8) and JourneyKit agree on which documents are valid; where they differ, it is
/// for a rule a schema cannot express, listed here and in docs/serialization.md.
/// </summary>
public sealed class JsonSchemaTests : IDisposable
{
    /// <summary>Bad documents that only JourneyKit can reject: the schema cannot relate one value to another.</summary>
    private static readonly HashSet<string> BeyondTheSchema =
    [
        "duplicate property", "duplicate escaped property", "duplicate property in a step", "duplicate property key",
        "score off the scale", "score off a later scale", "score outside a narrower later scale", "bad scale", "two general emotions",
        "duplicate step id", "duplicate stage id",
        "dangling touchpoint", "dangling owner", "dangling persona", "dangling pain point", "dangling transition",
    ];

    private readonly string _folder = Directory.CreateTempSubdirectory("journeykit-schema-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Schema_SampleDocuments_AreValid()
    {
        var samples = Directory.GetFiles(Repository.File("docs", "examples"), "*.json").ToList();

        var results = SchemaValidator.Validate(samples);

        samples.Should().HaveCountGreaterThanOrEqualTo(3);
        foreach (var sample in samples)
        {
            results[sample].Valid.Should().BeTrue($"{Path.GetFileName(sample)} is a sample map, but ajv says: {results[sample].Errors}");
            JourneyMapJson.Default.Deserialize(File.ReadAllBytes(sample)).Should().NotBeNull();
        }
    }

    [Fact]
    public void Schema_RandomMapsUsingEveryPartOfTheModel_AreValid()
    {
        var files = Enumerable.Range(1, 60).Select(seed => Save($"random-{seed}", JourneyMapJson.Default.Serialize(RandomMaps.Build(seed)))).ToList();

        var results = SchemaValidator.Validate(files);

        foreach (var file in files)
        {
            results[file].Valid.Should().BeTrue($"{Path.GetFileName(file)} was written by JourneyKit, but ajv says: {results[file].Errors}");
        }
    }

    [Fact]
    public void Schema_BadDocuments_AreInvalidForAjvAsForJourneyKit()
    {
        var documents = JsonReadErrorTests.BadDocuments().Select(row => (row.Data.Item1, row.Data.Item2)).ToList();
        var files = documents.Select(d => Save(d.Item1.Replace(' ', '-'), d.Item2)).ToList();

        var results = SchemaValidator.Validate(files);

        for (var i = 0; i < documents.Count; i++)
        {
            var (name, json) = documents[i];
            var act = () => JourneyMapJson.Default.Deserialize(json);
            act.Should().Throw<JourneyFormatException>(name);
            if (BeyondTheSchema.Contains(name))
            {
                results[files[i]].Valid.Should().BeTrue($"'{name}' breaks a rule only JourneyKit checks; if ajv now rejects it, remove it from the list ({results[files[i]].Errors})");
            }
            else
            {
                results[files[i]].Valid.Should().BeFalse($"'{name}' is invalid for JourneyKit, so the schema must reject it too");
            }
        }
    }

    [Fact]
    public void Schema_ValidDocumentsInAnyOrderWithDefaultsSpelledOut_AreValidForBoth()
    {
        const string json = """
            {
              "title": "Lunch",
              "stages": [ { "steps": [ { "name": "Pays", "id": "pays", "milestone": false, "emotions": [ { "score": -1.0 } ] } ], "name": "Pay", "id": "pay" } ],
              "id": "lunch",
              "kind": "custom",
              "audience": "b2c",
              "emotionScale": { "max": 2e0, "min": -2 },
              "reviewCadence": "P1DT0.5S",
              "schemaVersion": 1
            }
            """;
        var file = Save("any-order", json);

        var results = SchemaValidator.Validate([file]);

        results[file].Valid.Should().BeTrue(results[file].Errors);
        var map = JourneyMapJson.Default.Deserialize(json);
        map.ReviewCadence.Should().Be(TimeSpan.FromDays(1) + TimeSpan.FromSeconds(0.5));
        map.FindStep("pays")!.Emotion!.Score.Should().Be(-1);
    }

    [Fact]
    public void Schema_IsShippedInThePackageFolderAndTheDocs()
    {
        var project = File.ReadAllText(Repository.File("src", "JourneyKit", "JourneyKit.csproj"));

        project.Should().Contain("docs/schema/journeymap.v1.schema.json");
        JourneyMapJson.Schema.Should().Be(File.ReadAllText(SchemaValidator.SchemaPath, Encoding.UTF8));
    }

    private string Save(string name, string json)
    {
        var path = Path.Combine(_folder, name + ".json");
        File.WriteAllText(path, json, new UTF8Encoding(false));
        return path;
    }
}
