using System.Text;
using JourneyKit.Analysis;
using JourneyKit.Localization;
using JourneyKit.Rendering;
using JourneyKit.Samples.Web.Hosting;
using JourneyKit.Samples.Web.Pages;
using JourneyKit.Samples.Web.Revisions;
using JourneyKit.Serialization;
using JourneyKit.Serialization.Markdown;
using JourneyKit.Serialization.Mermaid;

namespace JourneyKit.Samples.Web.Endpoints;

/// <summary>
/// JourneyKit's own documents of a revision: the picture, the charts, the visual diff and a download in every format,
/// in the person's language, each under <see cref="SecurityHeaders.DocumentPolicy"/>.
/// </summary>
public static class DocumentEndpoints
{
    /// <summary>Maps the endpoints.</summary>
    public static IEndpointRouteBuilder MapDocuments(this IEndpointRouteBuilder app)
    {
        app.MapGet("/revisions/{number:int}/picture.svg", (int number, HttpRequest request, HttpResponse response, IRevisionStore store) =>
            store.Find(number) is { } revision
                ? Document(response, new JourneyMapSvg { Options = Options(request) }.Serialize(revision.Map), "image/svg+xml")
                : Problems.NoRevision(number));

        app.MapGet("/revisions/{number:int}/charts/{chart}.svg", (int number, string chart, HttpRequest request, HttpResponse response, IRevisionStore store) =>
        {
            if (store.Find(number) is not { } revision)
            {
                return Problems.NoRevision(number);
            }

            var charts = new JourneyAnalysisCharts { Options = Options(request) };
            var analysis = revision.Map.Analyze();
            return chart switch
            {
                "funnel" => Document(response, charts.Funnel(analysis, revision.Map), "image/svg+xml"),
                "matrix" => Document(response, charts.ValueEffortMatrix(analysis, revision.Map), "image/svg+xml"),
                "curves" => Document(response, charts.EmotionCurves(analysis, revision.Map), "image/svg+xml"),
                _ => Results.NotFound(),
            };
        });

        app.MapGet("/revisions/{from:int}/changes/{to:int}/visual", (int from, int to, HttpRequest request, HttpResponse response, IRevisionStore store) =>
            store.Find(from) is not { } before ? Problems.NoRevision(from)
            : store.Find(to) is not { } after ? Problems.NoRevision(to)
            : Document(response, new JourneyMapHtml { Options = Options(request) }.RenderDiff(before.Map, after.Map), "text/html"));

        app.MapGet("/revisions/{number:int}/download/{format}", (int number, string format, HttpRequest request, HttpResponse response, IRevisionStore store) =>
        {
            if (store.Find(number) is not { } revision)
            {
                return Problems.NoRevision(number);
            }

            if (HostLimits.Formats.Find(format) is not { Writer: not null } found)
            {
                return Problems.BadRequest($"'{format}' is not a format maps are written in.");
            }

            using var bytes = new MemoryStream();
            Writer(found, PageLanguage.Of(request)).Serialize(revision.Map, bytes);
            response.UseDocumentPolicy();
            return Results.File(bytes.ToArray(), found.MediaTypes[0], $"{revision.Map.Id}-r{revision.Number}{found.Extensions[0]}");
        });

        return app;
    }

    /// <summary>The registry's writer, or the same format speaking the person's language where it has words of its own.</summary>
    private static IJourneyMapWriter Writer(JourneyMapFormat format, JourneyLanguage language) => format.Name switch
    {
        "svg" => new JourneyMapSvg { Options = new RenderOptions { Language = language } },
        "html" => new JourneyMapHtml { Options = new RenderOptions { Language = language } },
        "markdown" => new JourneyMapMarkdown { Language = language },
        "mermaid" => new JourneyMapMermaid { Language = language, Limits = HostLimits.Read },
        _ => format.Writer!,
    };

    private static RenderOptions Options(HttpRequest request) => new() { Language = PageLanguage.Of(request) };

    private static IResult Document(HttpResponse response, string content, string mediaType)
    {
        response.UseDocumentPolicy();
        return Results.Content(content, mediaType + "; charset=utf-8", Encoding.UTF8);
    }
}
