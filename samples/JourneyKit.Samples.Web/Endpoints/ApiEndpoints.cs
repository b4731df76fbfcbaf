using JourneyKit.Analysis;
using JourneyKit.Diffing;
using JourneyKit.Samples.Web.Hosting;
using JourneyKit.Samples.Web.Maps;
using JourneyKit.Samples.Web.Pages;
using JourneyKit.Samples.Web.Revisions;
using JourneyKit.Serialization;
using JourneyKit.Serialization.Json;
using JourneyKit.Validation;

namespace JourneyKit.Samples.Web.Endpoints;

/// <summary>The same operations for programs: JSON in and out, problem details for everything refused.</summary>
public static class ApiEndpoints
{
    /// <summary>A merge request: three revision numbers and the side picked for each conflict, by fingerprint.</summary>
    public sealed record MergeRequest(int Base, int Ours, int Theirs, Dictionary<string, string>? Choices);

    /// <summary>Maps the endpoints.</summary>
    public static IEndpointRouteBuilder MapApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api");

        api.MapGet("/revisions", (IRevisionStore store) =>
            Results.Ok(store.All().Select(r => new { r.Number, r.Map.Id, r.Map.Title, r.Origin, r.StoredAt })));

        // The body is the map, in the format its media type names (application/json, text/vnd.mermaid) or ?format=.
        api.MapPost("/revisions", async (HttpRequest request, IRevisionStore store) =>
        {
            var outcome = await MapUpload.FromBodyAsync(request);
            return outcome.Map is null ? outcome.Problem! : Created(store.Add(outcome.Map, outcome.Origin));
        });

        api.MapGet("/revisions/{number:int}/findings", (int number, HttpRequest request, IRevisionStore store) =>
            store.Find(number) is { } revision
                ? Results.Ok(revision.Map.Validate(language: PageLanguage.Of(request)).Issues.Select(i => new { i.RuleId, Severity = i.Severity.ToString(), Path = i.Path.ToString(), i.Message }))
                : Problems.NoRevision(number));

        api.MapGet("/revisions/{number:int}/analysis", (int number, IRevisionStore store) =>
            store.Find(number) is { } revision
                ? Results.Text(JourneyAnalysisJson.Default.Serialize(revision.Map.Analyze()), "application/json")
                : Problems.NoRevision(number));

        api.MapGet("/revisions/{from:int}/changes/{to:int}", (int from, int to, HttpRequest request, IRevisionStore store) =>
            store.Find(from) is not { } before ? Problems.NoRevision(from)
            : store.Find(to) is not { } after ? Problems.NoRevision(to)
            : Results.Text(DiffSummary.Of(before.Map, after.Map).ToMarkdown(PageLanguage.Of(request)), "text/markdown; charset=utf-8"));

        // A diff (JourneyKit diff JSON) applied to a revision makes the next one, unless the revision drifted from it.
        api.MapPost("/revisions/{number:int}/patch", async (int number, HttpRequest request, IRevisionStore store) =>
        {
            if (store.Find(number) is not { } revision)
            {
                return Problems.NoRevision(number);
            }

            if (request.ContentLength > HostLimits.MaxBodyBytes)
            {
                return Problems.TooLarge();
            }

            try
            {
                var diff = await HostLimits.Diffs.DeserializeAsync(request.Body, request.HttpContext.RequestAborted);
                return Created(store.Add(JourneyDiff.Apply(revision.Map, diff), $"patch of {number}"));
            }
            catch (JourneyFormatException ex)
            {
                return Problems.Unreadable(ex);
            }
            catch (JourneyPatchException ex)
            {
                return Problems.DoesNotApply(ex);
            }
        });

        api.MapPost("/merge", (MergeRequest merge, IRevisionStore store) =>
        {
            if (store.Find(merge.Base) is not { } @base || store.Find(merge.Ours) is not { } ours || store.Find(merge.Theirs) is not { } theirs)
            {
                return Problems.BadRequest("Name three stored revisions: base, ours and theirs.");
            }

            var choices = RevisionMerge.Choices((merge.Choices ?? []).Select(c => KeyValuePair.Create("choice:" + c.Key, c.Value)));
            var result = RevisionMerge.Merge(@base, ours, theirs, choices);
            return result.IsClean ? Created(store.Add(result.Merged, $"merge of {merge.Ours} and {merge.Theirs} on {merge.Base}")) : Problems.Conflicts(result);
        });

        return app;
    }

    private static IResult Created(StoredRevision revision) =>
        Results.Created($"/revisions/{revision.Number}", new { revision.Number, revision.Map.Id, revision.Map.Title, revision.Origin });
}
