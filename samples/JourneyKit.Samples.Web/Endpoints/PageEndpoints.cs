using JourneyKit.Samples.Web.Maps;
using JourneyKit.Samples.Web.Pages;
using JourneyKit.Samples.Web.Revisions;

namespace JourneyKit.Samples.Web.Endpoints;

/// <summary>The pages a person uses: the start page, reading a map into a new revision, a revision, and the changes between two.</summary>
public static class PageEndpoints
{
    /// <summary>Maps the endpoints.</summary>
    public static IEndpointRouteBuilder MapPages(this IEndpointRouteBuilder app)
    {
        app.MapGet("/", (HttpRequest request, IRevisionStore store) =>
        {
            var language = PageLanguage.Of(request);
            return Html.Page(request, language, PageText.Get(language, "app"), HomePage.Body(language, store.All()));
        });

        app.MapGet("/site.css", () => Results.Text(StyleSheet.Css, "text/css"));
        app.MapGet("/favicon.ico", () => Results.NoContent());

        // A paste or an upload becomes a revision; a refused one answers with problem details and stores nothing.
        app.MapPost("/revisions", async (HttpRequest request, IRevisionStore store) =>
        {
            var outcome = await MapUpload.FromFormAsync(request);
            if (outcome.Map is null)
            {
                return outcome.Problem!;
            }

            var revision = store.Add(outcome.Map, outcome.Origin);
            return Results.Redirect($"/revisions/{revision.Number}?{PageLanguage.Query(PageLanguage.Of(request))}", preserveMethod: false);
        }).DisableAntiforgery();

        app.MapGet("/revisions/{number:int}", (int number, HttpRequest request, IRevisionStore store) =>
        {
            var language = PageLanguage.Of(request);
            return store.Find(number) is { } revision
                ? Html.Page(request, language, revision.Map.Title, RevisionPage.Body(language, revision, store.All()))
                : Hosting.Problems.NoRevision(number);
        });

        app.MapGet("/changes", (int from, int to, HttpRequest request) =>
            Results.Redirect($"/revisions/{from}/changes/{to}?{PageLanguage.Query(PageLanguage.Of(request))}"));

        app.MapGet("/revisions/{from:int}/changes/{to:int}", (int from, int to, HttpRequest request, IRevisionStore store) =>
        {
            var language = PageLanguage.Of(request);
            if (store.Find(from) is not { } before)
            {
                return Hosting.Problems.NoRevision(from);
            }

            return store.Find(to) is { } after
                ? Html.Page(request, language, PageText.Get(language, "changes"), ChangesPage.Body(language, before, after))
                : Hosting.Problems.NoRevision(to);
        });

        return app;
    }
}
