using System.CommandLine;
using JourneyKit.Cli.Inputs;
using JourneyKit.Cli.Output;
using JourneyKit.Rendering;

namespace JourneyKit.Cli.Commands;

/// <summary><c>journeykit render</c>: a map as an SVG picture or an HTML page, or the visual diff of two revisions.</summary>
internal static class RenderCommand
{
    private static readonly string[] Formats = ["svg", "html"];

    /// <summary>Gets the examples <c>--help</c> shows for the command.</summary>
    public static string[] Examples { get; } =
    [
        "journeykit render maps/lunch.json -o lunch.svg",
        "journeykit render maps/lunch.json -o lunch.html",
        "journeykit render origin/main:maps/lunch.json maps/lunch.json -o changes.html",
    ];

    public static Command Create()
    {
        var maps = new Argument<string[]>("maps") { Description = "One map to draw, or two revisions (base and revision) to draw the changes between.", Arity = new ArgumentArity(1, 2) };
        var output = CommonOptions.Output("The file to write (.svg or .html); standard output when not given.");
        var format = CommonOptions.Format(Formats, "svg or html; by default the output file's extension, else svg.");
        var language = CommonOptions.Language("the picture's and the page's texts around the map's labels", configured: false);
        var command = new Command("render", """
            Draw a map as an SVG picture or a self-contained HTML page, or the visual diff of two revisions.
            """)
        {
            maps, output, format, language,
        };
        command.SetAction(result => Invocation.Run(result, run =>
        {
            var target = result.GetValue(output);
            var chosen = result.GetValue(format) ?? (target is not null && (target.EndsWith(".html", StringComparison.OrdinalIgnoreCase) || target.EndsWith(".htm", StringComparison.OrdinalIgnoreCase)) ? "html" : "svg");
            var sources = result.GetValue(maps)!.Select(m => MapSource.Open(m, run.Terminal).Read()).ToList();
            var options = RenderOptions.Default with { Language = run.Language(language) };
            var (html, svg) = (new JourneyMapHtml { Options = options }, new JourneyMapSvg { Options = options });
            var text = (chosen, sources.Count) switch
            {
                ("html", 1) => html.Serialize(sources[0]),
                ("html", _) => html.RenderDiff(sources[0], sources[1]),
                (_, 1) => svg.Serialize(sources[0]),
                _ => svg.RenderDiff(sources[0], sources[1]),
            };
            run.Write(target, text);
            return ExitCodes.Clean;
        }));
        return command;
    }
}
