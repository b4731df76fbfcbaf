using System.Reflection;
using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using JourneyKit.Cli.Output;
using JourneyKit.Validation;

namespace JourneyKit.Cli.Findings;

/// <summary>Writes findings for people (text), for programs (JSON), for code scanning (SARIF 2.1.0) and for GitHub Actions (workflow commands).</summary>
internal static class FindingWriter
{
    public static readonly string[] Formats = ["text", "json", "sarif", "github"];

    /// <summary>Indented, Unix line ends, and text as written (the output is a file, never embedded in HTML).</summary>
    private static readonly JsonWriterOptions Options = new() { Indented = true, NewLine = "\n", Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>The version SARIF results name as the tool's.</summary>
    private static readonly string ToolVersion = Version();

    public static void Write(string format, IReadOnlyList<Finding> findings, int files, Terminal terminal)
    {
        switch (format)
        {
            case "json":
                Json(findings, files, terminal.Output);
                break;
            case "sarif":
                Sarif(findings, terminal.Output);
                break;
            case "github":
                GitHub(findings, terminal.Output);
                break;
            default:
                Text(findings, files, terminal);
                break;
        }
    }

    /// <summary>The package version (from the git tag, by MinVer), without the commit it was built from.</summary>
    private static string Version()
    {
        var informational = typeof(FindingWriter).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0";
        var plus = informational.IndexOf('+', StringComparison.Ordinal);
        return plus < 0 ? informational : informational[..plus];
    }

    public static string Summary(IReadOnlyList<Finding> findings, int files)
    {
        var errors = findings.Count(f => f.Severity == IssueSeverity.Error);
        var warnings = findings.Count(f => f.Severity == IssueSeverity.Warning);
        var infos = findings.Count(f => f.Severity == IssueSeverity.Info);
        return string.Create(CultureInfo.InvariantCulture,
            $"{Plural(findings.Count, "finding")} ({Plural(errors, "error")}, {Plural(warnings, "warning")}, {Plural(infos, "info")}) in {Plural(files, "file")}");
    }

    private static string Plural(int count, string noun) => count == 1 ? $"1 {noun}" : string.Create(CultureInfo.InvariantCulture, $"{count} {noun}s");

    private static void Text(IReadOnlyList<Finding> findings, int files, Terminal terminal)
    {
        foreach (var finding in findings)
        {
            if (terminal.Verbosity == Verbosity.Quiet && finding.Severity != IssueSeverity.Error)
            {
                continue;
            }

            var severity = finding.Severity switch
            {
                IssueSeverity.Error => terminal.Paint("error", Colour.Red),
                IssueSeverity.Warning => terminal.Paint("warning", Colour.Yellow),
                _ => terminal.Paint("info", Colour.Blue),
            };
            terminal.Output.WriteLine($"{finding.File}:{finding.Line}:{finding.Column}: {severity} {finding.Rule.Id}: {finding.Message}");
        }

        if (terminal.Verbosity != Verbosity.Quiet)
        {
            terminal.Output.WriteLine(Summary(findings, files));
        }
    }

    private static void Json(IReadOnlyList<Finding> findings, int files, TextWriter output)
    {
        var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, Options))
        {
            json.WriteStartObject();
            json.WriteNumber("files", files);
            json.WriteNumber("errors", findings.Count(f => f.Severity == IssueSeverity.Error));
            json.WriteNumber("warnings", findings.Count(f => f.Severity == IssueSeverity.Warning));
            json.WriteNumber("infos", findings.Count(f => f.Severity == IssueSeverity.Info));
            json.WriteStartArray("findings");
            foreach (var finding in findings)
            {
                json.WriteStartObject();
                json.WriteString("rule", finding.Rule.Id);
                json.WriteString("severity", finding.Severity.ToString().ToLowerInvariant());
                json.WriteString("message", finding.Message);
                json.WriteString("file", finding.File);
                json.WriteNumber("line", finding.Line);
                json.WriteNumber("column", finding.Column);
                json.WriteString("path", finding.ElementPath);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        output.WriteLine(Encoding.UTF8.GetString(buffer.ToArray()));
    }

    private static void Sarif(IReadOnlyList<Finding> findings, TextWriter output)
    {
        var rules = findings.Select(f => f.Rule).DistinctBy(r => r.Id).OrderBy(r => r.Id, StringComparer.Ordinal).ToList();
        var index = rules.Select((rule, i) => (rule.Id, i)).ToDictionary(p => p.Id, p => p.i, StringComparer.Ordinal);
        var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, Options))
        {
            json.WriteStartObject();
            json.WriteString("$schema", "https://json.schemastore.org/sarif-2.1.0.json");
            json.WriteString("version", "2.1.0");
            json.WriteStartArray("runs");
            json.WriteStartObject();
            json.WriteStartObject("tool");
            json.WriteStartObject("driver");
            json.WriteString("name", "journeykit");
            json.WriteString("informationUri", "https://github.com/journeykit/journeykit/blob/main/docs/cli.md");
            json.WriteString("version", ToolVersion);
            json.WriteStartArray("rules");
            foreach (var rule in rules)
            {
                json.WriteStartObject();
                json.WriteString("id", rule.Id);
                json.WriteString("name", Identifier(rule.Title));
                json.WriteString("helpUri", rule.HelpUri);
                json.WriteStartObject("shortDescription");
                json.WriteString("text", rule.Title);
                json.WriteEndObject();
                json.WriteStartObject("help");
                json.WriteString("text", rule.Help);
                json.WriteEndObject();
                json.WriteStartObject("defaultConfiguration");
                json.WriteString("level", Level(rule.DefaultSeverity));
                json.WriteEndObject();
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
            json.WriteEndObject();
            json.WriteString("columnKind", "utf16CodeUnits");
            json.WriteStartArray("results");
            foreach (var finding in findings)
            {
                json.WriteStartObject();
                json.WriteString("ruleId", finding.Rule.Id);
                json.WriteNumber("ruleIndex", index[finding.Rule.Id]);
                json.WriteString("level", Level(finding.Severity));
                json.WriteStartObject("message");
                json.WriteString("text", finding.Message);
                json.WriteEndObject();
                json.WriteStartArray("locations");
                json.WriteStartObject();
                json.WriteStartObject("physicalLocation");
                json.WriteStartObject("artifactLocation");
                json.WriteString("uri", Uri.EscapeDataString(finding.File).Replace("%2F", "/", StringComparison.Ordinal));
                json.WriteEndObject();
                json.WriteStartObject("region");
                json.WriteNumber("startLine", finding.Line);
                json.WriteNumber("startColumn", finding.Column);
                json.WriteEndObject();
                json.WriteEndObject();
                json.WriteStartArray("logicalLocations");
                json.WriteStartObject();
                json.WriteString("fullyQualifiedName", finding.ElementPath);
                json.WriteEndObject();
                json.WriteEndArray();
                json.WriteEndObject();
                json.WriteEndArray();
                json.WriteStartObject("partialFingerprints");
                json.WriteString("journeykit/v1", $"{finding.Rule.Id}:{finding.ElementPath}");
                json.WriteEndObject();
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
            json.WriteEndArray();
            json.WriteEndObject();
        }

        output.WriteLine(Encoding.UTF8.GetString(buffer.ToArray()));
    }

    /// <summary>GitHub Actions workflow commands, which annotate the file in a pull request.</summary>
    private static void GitHub(IReadOnlyList<Finding> findings, TextWriter output)
    {
        foreach (var finding in findings)
        {
            var command = finding.Severity switch
            {
                IssueSeverity.Error => "error",
                IssueSeverity.Warning => "warning",
                _ => "notice",
            };
            output.WriteLine(
                $"::{command} file={Property(finding.File)},line={finding.Line},col={finding.Column},title={Property($"{finding.Rule.Id} {finding.Rule.ShownTitle}")}::{Data(finding.Message)}");
        }
    }

    /// <summary>A workflow command's message: percent, carriage return and line feed escaped.</summary>
    public static string Data(string text) => text.Replace("%", "%25", StringComparison.Ordinal).Replace("\r", "%0D", StringComparison.Ordinal).Replace("\n", "%0A", StringComparison.Ordinal);

    /// <summary>A workflow command's property: also colon and comma escaped.</summary>
    public static string Property(string text) => Data(text).Replace(":", "%3A", StringComparison.Ordinal).Replace(",", "%2C", StringComparison.Ordinal);

    private static string Level(IssueSeverity severity) => severity switch
    {
        IssueSeverity.Error => "error",
        IssueSeverity.Warning => "warning",
        IssueSeverity.Info => "note",
        _ => "none",
    };

    /// <summary>A rule's title as an identifier, as SARIF's rule names are (<c>StageWithoutOwner</c>).</summary>
    private static string Identifier(string title)
    {
        var name = new StringBuilder();
        foreach (var word in title.Split([' ', '-', '\''], StringSplitOptions.RemoveEmptyEntries))
        {
            var letters = new string([.. word.Where(char.IsLetterOrDigit)]);
            if (letters.Length > 0)
            {
                name.Append(char.ToUpperInvariant(letters[0])).Append(letters.AsSpan(1));
            }
        }

        return name.ToString();
    }
}
