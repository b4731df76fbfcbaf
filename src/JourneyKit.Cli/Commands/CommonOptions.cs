using System.CommandLine;
using System.Globalization;
using JourneyKit.Cli.Output;
using JourneyKit.Localization;

namespace JourneyKit.Cli.Commands;

/// <summary>The options every command takes, and the ones several share.</summary>
internal static class CommonOptions
{
    public static readonly Option<string?> Config = new("--config")
    {
        Description = "The configuration file; by default .journeykit.json, looked for from the working directory upward.",
        Recursive = true,
    };

    public static readonly Option<bool> Quiet = new("--quiet", "-q")
    {
        Description = "Print only errors.",
        Recursive = true,
    };

    public static readonly Option<bool> Verbose = new("--verbose", "-v")
    {
        Description = "Also print what the tool reads and decides, on standard error.",
        Recursive = true,
    };

    public static readonly Option<DateOnly?> Today = new("--today")
    {
        Description = "Check review dates as of this day (yyyy-mm-dd) instead of today, for a result that does not change with the date.",
        Recursive = true,
        CustomParser = result =>
        {
            var text = result.Tokens.Count > 0 ? result.Tokens[0].Value : "";
            if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
            {
                return day;
            }

            result.AddError($"--today takes a date as yyyy-mm-dd, not \"{text}\".");
            return null;
        },
    };

    public static Option<string?> Format(string[] formats, string description) => new Option<string?>("--format", "-f")
    {
        Description = $"{description} One of {string.Join(", ", formats)}.",
    }.OneOf(formats);

    public static Option<FailOn?> FailOn(string description) => new("--fail-on")
    {
        Description = $"{description} One of error, warning, info, never.",
        CustomParser = result =>
        {
            var text = result.Tokens.Count > 0 ? result.Tokens[0].Value : "";
            if (Enum.TryParse<FailOn>(text, ignoreCase: true, out var value) && !int.TryParse(text, out _))
            {
                return value;
            }

            result.AddError($"--fail-on takes error, warning, info or never, not \"{text}\".");
            return null;
        },
    };

    /// <summary>The built-in languages' tags, as the usage error and the help list them.</summary>
    public static string LanguageTags { get; } = string.Join(", ", JourneyLanguage.BuiltIn.Select(l => l.Tag));

    /// <summary>
    /// The language of what the command writes about the map (findings, changes, pictures): a built-in language's tag,
    /// or a regional one such as de-AT; not the tool's own usage text and read errors, which stay English.
    /// </summary>
    public static Option<JourneyLanguage?> Language(string writes, bool configured) => new("--language")
    {
        Description = $"The language of {writes}: {LanguageTags}. By default {(configured ? "the configuration's, else " : "")}the map's own, else English.",
        HelpName = "tag",
        CustomParser = result =>
        {
            var text = result.Tokens.Count > 0 ? result.Tokens[0].Value : "";
            if (JourneyLanguage.Find(text) is { } language)
            {
                return language;
            }

            result.AddError($"--language takes a built-in language: {LanguageTags}; not \"{text}\".");
            return null;
        },
    };

    public static Option<string?> Output(string description) => new("--output", "-o") { Description = description };

    public static Option<string?> OneOf(this Option<string?> option, params string[] values)
    {
        option.Validators.Add(result =>
        {
            if (result.Tokens.Count > 0 && !values.Contains(result.Tokens[0].Value, StringComparer.Ordinal))
            {
                result.AddError($"{option.Name} takes {string.Join(", ", values)}, not \"{result.Tokens[0].Value}\".");
            }
        });
        return option;
    }
}
