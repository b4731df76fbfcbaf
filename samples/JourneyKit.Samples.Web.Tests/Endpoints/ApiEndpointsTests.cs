using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using JourneyKit.Diffing;
using JourneyKit.Samples.Web.Tests.Support;
using JourneyKit.Serialization.Json;

namespace JourneyKit.Samples.Web.Tests.Endpoints;

public sealed class ApiEndpointsTests(WebAppFactory app) : IClassFixture<WebAppFactory>
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task PostRevisions_MermaidBody_IsCreatedFromItsMediaType()
    {
        using var client = app.Client();
        using var body = new StringContent("journey\n  title Lunch\n  section Pay\n    Pays: 2: Student\n", Encoding.UTF8, "text/vnd.mermaid");

        using var response = await client.PostAsync(new Uri("/api/revisions", UriKind.Relative), body, Cancel);

        response.StatusCode.Should().Be(HttpStatusCode.Created);
        (await response.Content.ReadFromJsonAsync<JsonElement>(Cancel)).GetProperty("title").GetString().Should().Be("Lunch");
    }

    [Fact]
    public async Task PostRevisions_UnknownMediaType_IsBadRequestProblemAndStoresNothing()
    {
        using var client = app.Client();
        var before = await app.CountAsync();
        using var body = new StringContent("title: Lunch", Encoding.UTF8, "application/yaml");

        using var response = await client.PostAsync(new Uri("/api/revisions", UriKind.Relative), body, Cancel);

        (await Problem.ReadAsync(response, 400)).GetProperty("detail").GetString().Should().Contain("json").And.Contain("mermaid");
        (await app.CountAsync()).Should().Be(before);
    }

    [Fact]
    public async Task GetRevisions_AfterAnUpload_ListsIt()
    {
        var number = await app.StoreAsync(TestMaps.Lunch());
        using var client = app.Client();

        var list = await client.GetFromJsonAsync<JsonElement>(new Uri("/api/revisions", UriKind.Relative), Cancel);

        list.EnumerateArray().Should().Contain(r => r.GetProperty("number").GetInt32() == number && r.GetProperty("id").GetString() == "buy-lunch");
    }

    [Fact]
    public async Task GetFindings_InBulgarian_AreTheValidationIssuesInBulgarian()
    {
        var number = await app.StoreAsync(TestMaps.Lunch());
        using var client = app.Client();

        var findings = await client.GetFromJsonAsync<JsonElement>(new Uri($"/api/revisions/{number}/findings?lang=bg", UriKind.Relative), Cancel);

        findings.GetArrayLength().Should().BeGreaterThan(0);
        findings.EnumerateArray().Select(f => f.GetProperty("message").GetString()!).Should().Contain(m => m.Contains("на", StringComparison.Ordinal));
    }

    [Fact]
    public async Task GetAnalysis_Stored_IsTheAnalysisJson()
    {
        var number = await app.StoreAsync(TestMaps.Lunch());
        using var client = app.Client();

        var analysis = await client.GetFromJsonAsync<JsonElement>(new Uri($"/api/revisions/{number}/analysis", UriKind.Relative), Cancel);

        analysis.GetProperty("analysisVersion").GetInt32().Should().Be(1);
        analysis.GetProperty("mapId").GetString().Should().Be("buy-lunch");
    }

    [Fact]
    public async Task GetChanges_TwoRevisions_IsTheMarkdownChangelog()
    {
        var from = await app.StoreAsync(TestMaps.Lunch());
        var to = await app.StoreAsync(TestMaps.Lunch("Pays by card"));
        using var client = app.Client();

        using var response = await client.GetAsync(new Uri($"/api/revisions/{from}/changes/{to}", UriKind.Relative), Cancel);

        response.Content.Headers.ContentType!.MediaType.Should().Be("text/markdown");
        (await response.Content.ReadAsStringAsync(Cancel)).Should().Contain("Pays by card");
    }

    [Fact]
    public async Task PostPatch_DiffThatApplies_CreatesTheNextRevision()
    {
        var number = await app.StoreAsync(TestMaps.Lunch());
        var diff = JourneyDiff.Compare(TestMaps.Lunch(), TestMaps.Lunch("Pays by card"));
        using var client = app.Client();
        using var body = new StringContent(JourneyDiffJson.Default.Serialize(diff), Encoding.UTF8, "application/json");

        using var response = await client.PostAsync(new Uri($"/api/revisions/{number}/patch", UriKind.Relative), body, Cancel);

        response.StatusCode.Should().Be(HttpStatusCode.Created);
        (await response.Content.ReadFromJsonAsync<JsonElement>(Cancel)).GetProperty("origin").GetString().Should().Be($"patch of {number}");
    }

    [Fact]
    public async Task PostPatch_DiffThatDoesNotApply_IsConflictProblemAndStoresNothing()
    {
        var number = await app.StoreAsync(TestMaps.Lunch("Pays in cash"));
        var diff = JourneyDiff.Compare(TestMaps.Lunch(), TestMaps.Lunch("Pays by card"));
        using var client = app.Client();
        var before = await app.CountAsync();
        using var body = new StringContent(JourneyDiffJson.Default.Serialize(diff), Encoding.UTF8, "application/json");

        using var response = await client.PostAsync(new Uri($"/api/revisions/{number}/patch", UriKind.Relative), body, Cancel);

        (await Problem.ReadAsync(response, 409)).GetProperty("drift").GetArrayLength().Should().BeGreaterThan(0);
        (await app.CountAsync()).Should().Be(before);
    }

    [Fact]
    public async Task PostPatch_BrokenDiff_IsUnreadableProblem()
    {
        var number = await app.StoreAsync(TestMaps.Lunch());
        using var client = app.Client();
        using var body = new StringContent("{\"schemaVersion\": 1, \"changes\": [ { ] }", Encoding.UTF8, "application/json");

        using var response = await client.PostAsync(new Uri($"/api/revisions/{number}/patch", UriKind.Relative), body, Cancel);

        (await Problem.ReadAsync(response, 422)).GetProperty("line").GetInt64().Should().Be(1);
    }

    [Fact]
    public async Task PostMerge_BothSidesRenameTheSameStep_IsConflictProblemWithFingerprintsAndStoresNothing()
    {
        var (@base, ours, theirs) = await StoreConflictAsync();
        using var client = app.Client();
        var before = await app.CountAsync();

        using var response = await client.PostAsJsonAsync(new Uri("/api/merge", UriKind.Relative), new { @base, ours, theirs }, Cancel);

        var conflicts = (await Problem.ReadAsync(response, 409)).GetProperty("conflicts");
        conflicts.GetArrayLength().Should().Be(1);
        conflicts[0].GetProperty("fingerprint").GetString().Should().NotBeNullOrEmpty();
        (await app.CountAsync()).Should().Be(before);
    }

    [Fact]
    public async Task PostMerge_TheirsPicked_CreatesTheMergedRevision()
    {
        var (@base, ours, theirs) = await StoreConflictAsync();
        using var client = app.Client();
        using var first = await client.PostAsJsonAsync(new Uri("/api/merge", UriKind.Relative), new { @base, ours, theirs }, Cancel);
        var fingerprint = (await first.Content.ReadFromJsonAsync<JsonElement>(Cancel)).GetProperty("conflicts")[0].GetProperty("fingerprint").GetString()!;

        using var response = await client.PostAsJsonAsync(
            new Uri("/api/merge", UriKind.Relative), new { @base, ours, theirs, choices = new Dictionary<string, string> { [fingerprint] = "theirs" } }, Cancel);

        response.StatusCode.Should().Be(HttpStatusCode.Created);
        var number = (await response.Content.ReadFromJsonAsync<JsonElement>(Cancel)).GetProperty("number").GetInt32();
        (await client.GetStringAsync(new Uri($"/revisions/{number}", UriKind.Relative), Cancel)).Should().Contain("Pays by phone");
    }

    private async Task<(int Base, int Ours, int Theirs)> StoreConflictAsync() =>
        (await app.StoreAsync(TestMaps.Lunch()), await app.StoreAsync(TestMaps.Lunch("Pays by card")), await app.StoreAsync(TestMaps.Lunch("Pays by phone")));
}
