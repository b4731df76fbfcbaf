using System.Text.Json;

namespace JourneyKit.Tests.Support;

/// <summary>
/// Runs ajv 8, a JSON Schema validator from npm, over documents: the checker in tools/schema-check, whose packages
/// its install script puts in place on first use.
/// </summary>
public static class SchemaValidator
{
    private static readonly Lazy<string> Installed = new(Install);

    public static string SchemaPath => Repository.File("docs", "schema", "journeymap.v1.schema.json");

    public static string AnalysisSchemaPath => Repository.File("docs", "schema", "journeyanalysis.v1.schema.json");

    /// <summary>Validates each file against the map schema; returns whether ajv found it valid and, if not, why.</summary>
    public static IReadOnlyDictionary<string, (bool Valid, string Errors)> Validate(IEnumerable<string> files) => Validate(files, SchemaPath);

    /// <summary>Validates each file against a schema; returns whether ajv found it valid and, if not, why.</summary>
    public static IReadOnlyDictionary<string, (bool Valid, string Errors)> Validate(IEnumerable<string> files, string schema)
    {
        var folder = Installed.Value;
        var output = NodeTool.Run("node", folder, ["check.mjs", schema, .. files]);
        var results = new Dictionary<string, (bool, string)>();
        foreach (var line in output.Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            using var result = JsonDocument.Parse(line);
            var root = result.RootElement;
            results[root.GetProperty("file").GetString()!] = (root.GetProperty("valid").GetBoolean(), string.Join("; ", root.GetProperty("errors").EnumerateArray().Select(e => e.GetString())));
        }

        return results;
    }

    private static string Install()
    {
        var folder = Repository.File("tools", "schema-check");
        NodeTool.Run("bash", folder, ["install.sh"]);
        return folder;
    }
}
