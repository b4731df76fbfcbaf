using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;
using JourneyKit.Model.Shapes;
using AllShapes = JourneyKit.Model.Shapes.Shapes;
using JourneyKit.Serialization.Json;
using JourneyKit.Tests.Support;

namespace JourneyKit.Tests.Model.Shapes;

/// <summary>
/// The shapes are the one description of the model. These tests name every place that must know of a new property or
/// element kind and is not yet driven by the shapes: the model types, the JSON Schema, the JSON writer and reader, the
/// random maps of the property tests, and the model reference in the docs.
/// </summary>
public class ShapesTests
{
    /// <summary>Constructor parameters whose JSON name is not the parameter's own name.</summary>
    private static readonly Dictionary<string, string> JsonNamesOfParameters = new(StringComparer.Ordinal)
    {
        ["ownerId"] = "owner",
        ["channelId"] = "channel",
        ["touchpointIds"] = "touchpoints",
        ["addressedPainPointIds"] = "addresses",
        ["evidenceIds"] = "evidence",
        ["isMilestone"] = "milestone",
        ["fromStepId"] = "from",
        ["toStepId"] = "to",
    };

    public static TheoryData<ElementKind> Kinds() => [.. Enum.GetValues<ElementKind>()];

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Shape_EveryStoredPropertyOfTheModel_IsDescribed(ElementKind kind)
    {
        var shape = AllShapes.Of(kind);

        var missing = StoredParameters(shape).Where(p => p.Name != "id" && !Describes(shape, p)).Select(p => $"{shape.Type.Name}.{p.Name}");

        missing.Should().BeEmpty($"every stored property of {shape.Type.Name} must be described in Model/Shapes/Shapes.cs");
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Shape_EveryDescribedProperty_IsStoredByTheModel(ElementKind kind)
    {
        var shape = AllShapes.Of(kind);
        var stored = StoredParameters(shape).Select(JsonName).ToHashSet(StringComparer.Ordinal);

        var phantoms = DescribedNames(shape).Where(name => !stored.Contains(name));

        phantoms.Should().BeEmpty($"the shape of {kind} describes only what {shape.Type.Name}'s constructor takes");
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Schema_EveryKind_HasTheShapesPropertiesAndRequirements(ElementKind kind)
    {
        var shape = AllShapes.Of(kind);
        var definition = SchemaDefinition(kind);
        var expected = DescribedNames(shape).Prepend("id").Concat(kind == ElementKind.Map ? ["schemaVersion"] : []);
        var required = Enumerable.Range(0, shape.PropertyCount).Where(shape.IsRequired).Select(shape.PropertyName).Prepend("id")
            .Concat(kind == ElementKind.Map ? ["schemaVersion"] : []);

        definition["properties"]!.AsObject().Select(p => p.Key).Should().BeEquivalentTo(expected, $"the schema's '{ElementKinds.Word(kind)}' lists the shape's properties");
        definition["required"]!.AsArray().Select(n => n!.GetValue<string>()).Should().BeEquivalentTo(required);
        definition["additionalProperties"]!.GetValue<bool>().Should().BeFalse();
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Schema_EveryProperty_HasTheTypeOfItsShape(ElementKind kind)
    {
        var shape = AllShapes.Of(kind);
        var properties = SchemaDefinition(kind)["properties"]!.AsObject();

        for (var p = 0; p < shape.PropertyCount; p++)
        {
            var name = shape.PropertyName(p);
            SchemaType(properties[name]!).Should().Be(ExpectedSchemaType(shape, p), $"{ElementKinds.Word(kind)}.{name} in the schema matches its shape");
        }

        foreach (var child in shape.ChildKinds)
        {
            var collection = AllShapes.Of(child).Collection;
            SchemaType(properties[collection]!).Should().Be($"array of {ElementKinds.Word(child)}", $"{ElementKinds.Word(kind)}.{collection} holds {ElementKinds.Word(child)} elements");
        }
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void RandomMaps_EveryProperty_TakesSeveralValues(ElementKind kind)
    {
        var shape = AllShapes.Of(kind);
        var seen = Enumerable.Range(0, shape.PropertyCount).Select(_ => new HashSet<string>(StringComparer.Ordinal)).ToArray();
        foreach (var element in Enumerable.Range(0, 200).SelectMany(seed => ElementsOf(RandomMaps.Build(seed))).Where(e => e.Shape == shape))
        {
            for (var p = 0; p < shape.PropertyCount; p++)
            {
                seen[p].Add(shape.Codec(p).Show(shape.Get(element.Element, p)));
            }
        }

        var unvaried = Enumerable.Range(0, shape.PropertyCount).Where(p => seen[p].Count < 2).Select(shape.PropertyName);

        unvaried.Should().BeEmpty($"RandomMaps (tests/Support) must vary every property of {ElementKinds.Word(kind)}, or the property tests never try it");
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void JsonWriter_EveryProperty_IsWrittenUnderItsName(ElementKind kind)
    {
        var shape = AllShapes.Of(kind);
        var written = new HashSet<string>(StringComparer.Ordinal);
        foreach (var seed in Enumerable.Range(0, 50))
        {
            var json = JsonNode.Parse(JourneyMapJson.Default.Serialize(RandomMaps.Build(seed)))!;
            foreach (var element in JsonElementsOf(json, ElementKind.Map).Where(e => e.Kind == kind))
            {
                written.UnionWith(element.Node.AsObject().Select(p => p.Key));
            }
        }

        written.Should().Contain(DescribedNames(shape), $"the JSON writer writes every property of {ElementKinds.Word(kind)} that RandomMaps sets");
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void JsonReader_KnowsEveryNameOfTheShape(ElementKind kind)
    {
        var shape = AllShapes.Of(kind);
        var table = ParserNames(kind);

        table.Should().BeEquivalentTo(DescribedNames(shape).Prepend("id"),
            $"the JSON reader's names for {ElementKinds.Word(kind)} (Serialization/Json/JsonMapParser) are the shape's");
    }

    [Fact]
    public void JsonNames_EncodeEveryNameOfEveryShape()
    {
        var encoded = typeof(JsonNames).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Select(f => ((JsonEncodedText)f.GetValue(null)!).ToString()).ToHashSet(StringComparer.Ordinal);

        var names = Enum.GetValues<ElementKind>().SelectMany(kind => DescribedNames(AllShapes.Of(kind)));

        encoded.Should().Contain(names, "Serialization/Json/JsonNames encodes every property name once");
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void ModelDocs_EveryStoredProperty_IsDocumented(ElementKind kind)
    {
        var shape = AllShapes.Of(kind);
        var docs = File.ReadAllText(Repository.File("docs", "model.md"));
        var section = kind == ElementKind.Map
            ? docs[docs.IndexOf("## JourneyMap", StringComparison.Ordinal)..docs.IndexOf("## Elements", StringComparison.Ordinal)]
            : docs.Split('\n').Single(line => line.StartsWith($"| `{shape.Type.Name}` |", StringComparison.Ordinal));

        var undocumented = StoredParameters(shape).Select(p => PropertyOf(shape, p).Name).Where(name => !section.Contains($"`{name}`", StringComparison.Ordinal));

        undocumented.Should().BeEmpty($"docs/model.md describes every property of {shape.Type.Name}");
    }

    [Fact]
    public void Of_EveryKind_ReturnsTheShapeOfThatKind()
    {
        foreach (var kind in Enum.GetValues<ElementKind>())
        {
            AllShapes.Of(kind).Kind.Should().Be(kind);
        }
    }

    private static ParameterInfo[] StoredParameters(ElementShape shape) =>
        shape.Type.GetConstructors(BindingFlags.NonPublic | BindingFlags.Public | BindingFlags.Instance).MaxBy(c => c.GetParameters().Length)!.GetParameters();

    private static PropertyInfo PropertyOf(ElementShape shape, ParameterInfo parameter) =>
        shape.Type.GetProperty(parameter.Name!, BindingFlags.Public | BindingFlags.Instance | BindingFlags.IgnoreCase)
        ?? throw new InvalidOperationException($"{shape.Type.Name} has no property for its constructor parameter '{parameter.Name}'");

    private static string JsonName(ParameterInfo parameter) => JsonNamesOfParameters.GetValueOrDefault(parameter.Name!, parameter.Name!);

    private static bool Describes(ElementShape shape, ParameterInfo parameter) =>
        shape.PropertyIndex(JsonName(parameter)) >= 0 || shape.ChildKinds.Any(kind => AllShapes.Of(kind).Collection == parameter.Name);

    [Theory]
    [MemberData(nameof(Kinds))]
    public void LaterAdditions_OfEveryShape_AreOptionalInTheSchema(ElementKind kind)
    {
        var shape = AllShapes.Of(kind);
        var later = Enumerable.Range(0, shape.PropertyCount).Where(shape.IsLaterAddition).Select(shape.PropertyName)
            .Concat(shape.ChildKinds.Select(AllShapes.Of).Where(child => child.CollectionIsLaterAddition).Select(child => child.Collection))
            .ToList();

        var required = SchemaDefinition(kind)["required"]?.AsArray().Select(n => n!.GetValue<string>()) ?? [];

        required.Should().NotIntersectWith(later, "a member added after version 1 must be optional, so every earlier document still reads");
        shape.CollectionIsLaterAddition.Should().Be(kind == ElementKind.Evidence, "evidence is the one element kind added after version 1");
        later.Should().Contain(ElementProperties.Name, "every element's custom properties came after version 1");
    }

    /// <summary>The JSON names of the shape's properties and child collections.</summary>
    private static IEnumerable<string> DescribedNames(ElementShape shape) =>
        Enumerable.Range(0, shape.PropertyCount).Select(shape.PropertyName).Concat(shape.ChildKinds.Select(kind => AllShapes.Of(kind).Collection));

    private static JsonObject SchemaDefinition(ElementKind kind)
    {
        var schema = JsonNode.Parse(File.ReadAllText(Repository.File("docs", "schema", "journeymap.v1.schema.json")))!.AsObject();
        return kind == ElementKind.Map ? schema : schema["$defs"]![ElementKinds.Word(kind)]!.AsObject();
    }

    /// <summary>Names a property's type in the schema: a shared definition, an enum's words, or an array of one of these.</summary>
    private static string SchemaType(JsonNode property)
    {
        if (property["$ref"] is { } reference)
        {
            return reference.GetValue<string>().Replace("#/$defs/", "", StringComparison.Ordinal);
        }

        if (property["enum"] is JsonArray words)
        {
            return "enum " + string.Join(" ", words.Select(w => w!.GetValue<string>()));
        }

        return property["type"]!.GetValue<string>() switch
        {
            "array" => "array of " + SchemaType(property["items"]!),
            "number" => "decimal",
            var type => type,
        };
    }

    private static string ExpectedSchemaType(ElementShape shape, int p)
    {
        var codec = shape.Codec(p);
        var target = shape.Target(p);
        return codec switch
        {
            TextCodec when target is not null => "id",
            TextCodec => "text",
            TextListCodec when target is not null => "array of id",
            TextListCodec => "texts",
            EmotionsCodec => "array of emotion",
            DecimalCodec => "decimal",
            DateCodec => "date",
            DurationCodec => "duration",
            BoolCodec => "boolean",
            PropertiesCodec => "stringMap",
            ScaleCodec or RevisionCodec => "object",
            _ when codec.GetType().IsGenericType && codec.GetType().GetGenericTypeDefinition() == typeof(EnumCodec<>) => "enum " + EnumWords(codec),
            _ => throw new InvalidOperationException($"No schema type is known for the codec {codec.GetType().Name}; add it here."),
        };
    }

    /// <summary>The words of an enum codec, in the enum's order.</summary>
    private static string EnumWords(ValueCodec codec)
    {
        var type = codec.GetType().GetGenericArguments()[0];
        return string.Join(" ", Enum.GetValues(type).Cast<object>().Select(value => codec.Show(value)));
    }

    private static IEnumerable<(ElementShape Shape, object Element)> ElementsOf(JourneyMap map)
    {
        var pending = new Stack<(ElementShape, object)>([(AllShapes.Map, map)]);
        while (pending.TryPop(out var item))
        {
            yield return item;
            var (shape, element) = item;
            for (var slot = 0; slot < shape.ChildKinds.Length; slot++)
            {
                foreach (var child in shape.ChildrenOf(element, slot))
                {
                    pending.Push((AllShapes.Of(shape.ChildKinds[slot]), child));
                }
            }
        }
    }

    private static IEnumerable<(ElementKind Kind, JsonNode Node)> JsonElementsOf(JsonNode node, ElementKind kind)
    {
        yield return (kind, node);
        foreach (var child in AllShapes.Of(kind).ChildKinds)
        {
            foreach (var item in node[AllShapes.Of(child).Collection]?.AsArray() ?? [])
            {
                foreach (var nested in JsonElementsOf(item!, child))
                {
                    yield return nested;
                }
            }
        }
    }

    /// <summary>The table of property names the JSON reader matches for an element kind.</summary>
    private static string[] ParserNames(ElementKind kind)
    {
        var field = kind switch
        {
            ElementKind.Map => "MapNames",
            ElementKind.BackStageItem => "BackStageNames",
            _ => kind + "Names",
        };
        var names = (string[])typeof(JourneyMapJson).Assembly.GetType("JourneyKit.Serialization.Json.JsonMapParser")!
            .GetField(field, BindingFlags.NonPublic | BindingFlags.Static)!.GetValue(null)!;
        return [.. names.Where(n => n != "schemaVersion")];
    }
}
