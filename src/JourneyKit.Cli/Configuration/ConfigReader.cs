using System.Text.Json;
using System.Text.Unicode;
using JourneyKit.Cli.Output;
using JourneyKit.Localization;
using JourneyKit.Validation;

namespace JourneyKit.Cli.Configuration;

/// <summary>
/// Finds <c>.journeykit.json</c> from the working directory upward and reads it strictly: an unknown member, a wrong
/// type or an unknown rule is an error that names the file and the member's JSON path.
/// </summary>
internal static class ConfigReader
{
    /// <summary>The largest configuration file read: it is a few settings, not a document.</summary>
    public const int MaxBytes = 1024 * 1024;

    /// <summary>The commands the file sets defaults for, with the formats each writes and whether it takes --fail-on.</summary>
    private static readonly Dictionary<string, (string[] Formats, bool FailOn)> Commands = new(StringComparer.Ordinal)
    {
        ["validate"] = (Findings.FindingWriter.Formats, true),
        ["diff"] = (["text", "markdown", "html", "json", "github"], false),
        ["gate"] = (Findings.FindingWriter.Formats, true),
    };

    public static ToolConfig Load(string? explicitPath, Terminal terminal)
    {
        var path = explicitPath is null ? Find(terminal.WorkingDirectory) : Path.GetFullPath(explicitPath, terminal.WorkingDirectory);
        if (path is null)
        {
            terminal.Detail($"no {ToolConfig.FileName} found from {terminal.WorkingDirectory} upward: the defaults apply");
            return ToolConfig.Default;
        }

        var name = terminal.Relative(path);
        if (!File.Exists(path))
        {
            throw new InputException($"{name}: no such configuration file.");
        }

        if (new FileInfo(path).Length > MaxBytes)
        {
            throw new InputException($"{name}: a configuration file is at most {MaxBytes:N0} bytes.");
        }

        terminal.Detail($"configuration: {name}");
        var bytes = File.ReadAllBytes(path);
        if (!Utf8.IsValid(bytes))
        {
            throw new InputException($"{name}: error: the file is not valid UTF-8 text.");
        }

        try
        {
            using var document = JsonDocument.Parse(bytes, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true, MaxDepth = 16 });
            return Read(document.RootElement, name) with { Path = path };
        }
        catch (JsonException e)
        {
            throw new InputException($"{name}:{(e.LineNumber ?? 0) + 1}:{(e.BytePositionInLine ?? 0) + 1}: error: not valid JSON: {e.Message}");
        }
    }

    private static string? Find(string directory)
    {
        for (var at = new DirectoryInfo(directory); at is not null; at = at.Parent)
        {
            var candidate = Path.Combine(at.FullName, ToolConfig.FileName);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }

    private static ToolConfig Read(JsonElement root, string file)
    {
        var config = ToolConfig.Default;
        foreach (var member in Members(root, "$", file))
        {
            var at = $"$.{member.Name}";
            config = member.Name switch
            {
                "$schema" => config,
                "rules" => config with { Rules = Severities(member.Value, at, file, ValidationRuleSet.Default.Rules.Select(r => r.Info.Id)) },
                "suppressions" => config with { Suppressions = Suppressions(member.Value, at, file) },
                "gate" => config with { Gate = Gate(member.Value, at, file) },
                "commands" => config with { Commands = CommandSettings(member.Value, at, file) },
                _ => throw Unknown(file, at, "$schema, rules, suppressions, gate, commands"),
            };
        }

        return config;
    }

    private static Dictionary<string, CommandDefaults> CommandSettings(JsonElement element, string at, string file)
    {
        var commands = new Dictionary<string, CommandDefaults>(StringComparer.Ordinal);
        foreach (var command in Members(element, at, file))
        {
            var here = $"{at}.{command.Name}";
            if (!Commands.TryGetValue(command.Name, out var takes))
            {
                throw Unknown(file, here, string.Join(", ", Commands.Keys));
            }

            var defaults = CommandDefaults.None;
            foreach (var setting in Members(command.Value, here, file))
            {
                var there = $"{here}.{setting.Name}";
                defaults = setting.Name switch
                {
                    "format" => defaults with { Format = OneOf(Text(setting.Value, there, file), takes.Formats, there, file) },
                    "failOn" when takes.FailOn => defaults with { FailOn = Enum<FailOn>(setting.Value, there, file) },
                    "language" => defaults with { Language = Language(setting.Value, there, file) },
                    _ => throw Unknown(file, there, takes.FailOn ? "format, failOn, language" : "format, language"),
                };
            }

            commands[command.Name] = defaults;
        }

        return commands;
    }

    private static GateThresholds Gate(JsonElement element, string at, string file)
    {
        var gate = new GateThresholds();
        foreach (var member in Members(element, at, file))
        {
            var here = $"{at}.{member.Name}";
            gate = member.Name switch
            {
                "painPointSeverity" => gate with { PainPointSeverity = Enum<PainSeverity>(member.Value, here, file) },
                "emotionDrop" => gate with { EmotionDrop = Count(member.Value, here, file) },
                "severities" => gate with { Severities = Severities(member.Value, here, file, Gating.GateRules.Ids) },
                _ => throw Unknown(file, here, "painPointSeverity, emotionDrop, severities"),
            };
        }

        return gate;
    }

    private static Dictionary<string, IssueSeverity> Severities(JsonElement element, string at, string file, IEnumerable<string> known)
    {
        var ids = known.ToHashSet(StringComparer.Ordinal);
        var severities = new Dictionary<string, IssueSeverity>(StringComparer.Ordinal);
        foreach (var member in Members(element, at, file))
        {
            var here = $"{at}.{member.Name}";
            if (!ids.Contains(member.Name))
            {
                throw new InputException($"{file}: error at {here}: no rule has the id {member.Name}; the rules are {string.Join(", ", ids.Order(StringComparer.Ordinal))}.");
            }

            severities[member.Name] = Enum<IssueSeverity>(member.Value, here, file);
        }

        return severities;
    }

    private static List<ToolConfig.Suppression> Suppressions(JsonElement element, string at, string file)
    {
        if (element.ValueKind != JsonValueKind.Array)
        {
            throw new InputException($"{file}: error at {at}: expected a list of suppressions.");
        }

        var suppressions = new List<ToolConfig.Suppression>();
        var index = 0;
        foreach (var item in element.EnumerateArray())
        {
            var here = $"{at}[{index++}]";
            string? rule = null, target = null, justification = null;
            foreach (var member in Members(item, here, file))
            {
                var there = $"{here}.{member.Name}";
                _ = member.Name switch
                {
                    "rule" => rule = Text(member.Value, there, file),
                    "element" => target = Text(member.Value, there, file),
                    "justification" => justification = Text(member.Value, there, file),
                    _ => throw Unknown(file, there, "rule, element, justification"),
                };
            }

            if (rule is null || target is null || string.IsNullOrWhiteSpace(justification))
            {
                throw new InputException($"{file}: error at {here}: a suppression needs a rule, an element and a justification a reviewer can read.");
            }

            try
            {
                ValidationRuleSet.Default.Suppress(rule, target, justification);
            }
            catch (ArgumentException e)
            {
                throw new InputException($"{file}: error at {here}: {e.Message.Split(" (Parameter", 2)[0]}");
            }

            suppressions.Add(new ToolConfig.Suppression(rule, target, justification));
        }

        return suppressions;
    }

    private static JsonElement.ObjectEnumerator Members(JsonElement element, string at, string file) =>
        element.ValueKind == JsonValueKind.Object
            ? element.EnumerateObject()
            : throw new InputException($"{file}: error at {at}: expected an object, found {element.ValueKind.ToString().ToLowerInvariant()}.");

    private static string Text(JsonElement element, string at, string file) =>
        element.ValueKind == JsonValueKind.String
            ? element.GetString()!
            : throw new InputException($"{file}: error at {at}: expected a string, found {element.ValueKind.ToString().ToLowerInvariant()}.");

    private static string OneOf(string value, string[] values, string at, string file) =>
        values.Contains(value, StringComparer.Ordinal)
            ? value
            : throw new InputException($"{file}: error at {at}: \"{value}\" is not one of {string.Join(", ", values)}.");

    private static JourneyLanguage Language(JsonElement element, string at, string file)
    {
        var tag = Text(element, at, file);
        return JourneyLanguage.Find(tag)
            ?? throw new InputException($"{file}: error at {at}: \"{tag}\" is not a built-in language; the languages are {Cli.Commands.CommonOptions.LanguageTags}.");
    }

    private static int Count(JsonElement element, string at, string file) =>
        element.ValueKind == JsonValueKind.Number && element.TryGetInt32(out var count) && count >= 0
            ? count
            : throw new InputException($"{file}: error at {at}: expected a whole number of 0 or more.");

    private static T Enum<T>(JsonElement element, string at, string file)
        where T : struct, Enum
    {
        var text = Text(element, at, file);
        foreach (var value in System.Enum.GetValues<T>())
        {
            if (string.Equals(value.ToString(), text, StringComparison.OrdinalIgnoreCase))
            {
                return value;
            }
        }

        throw new InputException($"{file}: error at {at}: \"{text}\" is not one of {string.Join(", ", System.Enum.GetValues<T>().Select(v => v.ToString().ToLowerInvariant()))}.");
    }

    private static InputException Unknown(string file, string at, string known) =>
        new($"{file}: error at {at}: unknown setting; the settings here are {known}.");
}
