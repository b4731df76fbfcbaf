using JourneyKit.Samples.Web.Hosting;
using JourneyKit.Samples.Web.Pages;
using JourneyKit.Samples.Web.Revisions;

namespace JourneyKit.Samples.Web.Endpoints;

/// <summary>
/// The merge of two edits of the same base, from the page's form: a clean merge becomes a new revision; conflicts come
/// back as a page (409) where the person picks a side for each and merges again.
/// </summary>
public static class MergeEndpoints
{
    /// <summary>Maps the endpoints.</summary>
    public static IEndpointRouteBuilder MapMerge(this IEndpointRouteBuilder app)
    {
        app.MapPost("/merge", async (HttpRequest request, IRevisionStore store) =>
        {
            var form = await request.ReadFormAsync(request.HttpContext.RequestAborted);
            var language = PageLanguage.Of(request);
            int Number(string field) => int.TryParse(form[field], out var n) ? n : 0;
            var (baseNumber, oursNumber, theirsNumber) = (Number("base"), Number("ours"), Number("theirs"));
            if (store.Find(baseNumber) is not { } @base || store.Find(oursNumber) is not { } ours || store.Find(theirsNumber) is not { } theirs)
            {
                return Problems.BadRequest("Name three stored revisions: base, ours and theirs.");
            }

            var result = RevisionMerge.Merge(@base, ours, theirs, RevisionMerge.Choices(form.Select(f => KeyValuePair.Create(f.Key, f.Value.ToString()))));
            if (!result.IsClean)
            {
                return Html.Page(request, language, PageText.Get(language, "conflicts"), MergePage.Body(language, baseNumber, oursNumber, theirsNumber, result), StatusCodes.Status409Conflict);
            }

            var merged = store.Add(result.Merged, $"merge of {oursNumber} and {theirsNumber} on {baseNumber}");
            return Results.Redirect($"/revisions/{merged.Number}?{PageLanguage.Query(language)}");
        }).DisableAntiforgery();

        return app;
    }
}
