using System.Net;
using JourneyKit.Samples.Web.Tests.Support;

namespace JourneyKit.Samples.Web.Tests.Endpoints;

public sealed class PageEndpointsTests(WebAppFactory app) : IClassFixture<WebAppFactory>
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task GetHome_InGerman_ShowsTheFormInGermanUnderTheContentSecurityPolicy()
    {
        using var client = app.Client();

        using var response = await client.GetAsync(new Uri("/?lang=de", UriKind.Relative), Cancel);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        var page = await response.Content.ReadAsStringAsync(Cancel);
        page.Should().Contain("<html lang=\"de\">").And.Contain("Karte einfügen").And.Contain("enctype=\"multipart/form-data\"");
        var policy = response.Headers.GetValues("Content-Security-Policy").Single();
        policy.Should().Contain("default-src 'none'").And.NotContain("script-src").And.NotContain("unsafe");
    }

    [Fact]
    public async Task PostRevisions_PastedJson_StoresARevisionAndSendsThePersonToIt()
    {
        using var client = app.Client();
        var before = await app.CountAsync();
        using var form = new MultipartFormDataContent { { new StringContent(TestMaps.Json(TestMaps.Lunch())), "text" }, { new StringContent("nb"), "lang" } };

        using var response = await client.PostAsync(new Uri("/revisions", UriKind.Relative), form, Cancel);

        response.StatusCode.Should().Be(HttpStatusCode.Redirect);
        response.Headers.Location!.ToString().Should().Be($"/revisions/{before + 1}?lang=nb");
        (await app.CountAsync()).Should().Be(before + 1);
    }

    [Fact]
    public async Task PostRevisions_UploadedMermaidFile_IsReadByItsExtension()
    {
        using var client = app.Client();
        using var file = new StringContent("journey\n  title Lunch\n  section Pay\n    Pays: 2: Student\n");
        using var form = new MultipartFormDataContent { { file, "file", "lunch.mmd" } };

        using var response = await client.PostAsync(new Uri("/revisions", UriKind.Relative), form, Cancel);

        response.StatusCode.Should().Be(HttpStatusCode.Redirect);
        var page = await client.GetStringAsync(response.Headers.Location, Cancel);
        page.Should().Contain("<h1>Lunch</h1>").And.Contain("mermaid upload of lunch.mmd");
    }

    [Fact]
    public async Task GetRevision_Stored_ShowsPictureFindingsWithFixesAnalysisChartsAndDownloads()
    {
        var number = await app.StoreAsync(TestMaps.Lunch());
        using var client = app.Client();

        var page = await client.GetStringAsync(new Uri($"/revisions/{number}?lang=de", UriKind.Relative), Cancel);

        page.Should().Contain($"<img src=\"/revisions/{number}/picture.svg?lang=de\" alt=\"Buy lunch\">");
        page.Should().Contain("<h2>Befunde</h2>").And.Contain("<th>Behebung</th>").And.Contain("JK1006");
        page.Should().Contain("<h2>Analyse</h2>").And.Contain($"/revisions/{number}/charts/funnel.svg?lang=de");
        foreach (var format in new[] { "json", "mermaid", "markdown", "csv", "svg", "html" })
        {
            page.Should().Contain($"/revisions/{number}/download/{format}?lang=de");
        }
    }

    [Fact]
    public async Task GetRevision_HostileLabels_ShowsThemEncodedAsText()
    {
        var number = await app.StoreAsync(HostileLabels.Map());
        using var client = app.Client();

        var page = await client.GetStringAsync(new Uri($"/revisions/{number}", UriKind.Relative), Cancel);

        page.Should().NotContain("<script").And.NotContain("<img src=x").And.NotContain("onmouseover=\"");
        page.Should().Contain("&lt;script&gt;window.__journeykitPwned=1&lt;/script&gt;");
    }

    [Fact]
    public async Task GetRevision_Missing_IsNotFoundProblem()
    {
        using var client = app.Client();

        using var response = await client.GetAsync(new Uri("/revisions/99999", UriKind.Relative), Cancel);

        (await Problem.ReadAsync(response, 404)).GetProperty("detail").GetString().Should().Contain("99999");
    }

    [Fact]
    public async Task GetChanges_TwoRevisions_ShowsTheChangelogAndFramesTheVisualDiffInASandbox()
    {
        var from = await app.StoreAsync(TestMaps.Lunch());
        var to = await app.StoreAsync(TestMaps.Lunch("Pays by card", payEmotion: 1));
        using var client = app.Client();

        using var redirect = await client.GetAsync(new Uri($"/changes?from={from}&to={to}&lang=de", UriKind.Relative), Cancel);
        var page = await client.GetStringAsync(redirect.Headers.Location, Cancel);

        redirect.Headers.Location!.ToString().Should().Be($"/revisions/{from}/changes/{to}?lang=de");
        page.Should().Contain("<pre class=\"changelog\">").And.Contain("Pays by card");
        page.Should().Contain($"<iframe sandbox").And.Contain($"src=\"/revisions/{from}/changes/{to}/visual?lang=de\"");
    }

    [Fact]
    public async Task PostRevisions_BrokenJson_IsProblemNamingLineAndJsonPathAndStoresNothing()
    {
        using var client = app.Client();
        var before = await app.CountAsync();
        using var form = new FormUrlEncodedContent([new("text", "{\n  \"schemaVersion\": 1,\n  \"title\": \n}")]);

        using var response = await client.PostAsync(new Uri("/revisions", UriKind.Relative), form, Cancel);

        var problem = await Problem.ReadAsync(response, 422);
        problem.GetProperty("line").GetInt64().Should().Be(4);
        problem.GetProperty("jsonPath").GetString().Should().Be("$.title");
        problem.GetProperty("format").GetString().Should().Be("json");
        (await app.CountAsync()).Should().Be(before);
    }

    [Fact]
    public async Task PostRevisions_BrokenJsonFromABrowser_IsAPageNamingLineAndJsonPath()
    {
        using var client = app.Client();
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/revisions", UriKind.Relative))
        {
            Content = new FormUrlEncodedContent([new("text", "{\n  \"schemaVersion\": 1,\n  \"title\": \n}")]),
        };
        request.Headers.Accept.ParseAdd("text/html");

        using var response = await client.SendAsync(request, Cancel);
        var page = await response.Content.ReadAsStringAsync(Cancel);

        ((int)response.StatusCode).Should().Be(422);
        response.Content.Headers.ContentType!.MediaType.Should().Be("text/html");
        page.Should().Contain("<dt>line</dt><dd><code>4</code></dd>").And.Contain("<dt>jsonPath</dt><dd><code>$.title</code></dd>").And.NotContain("Exception");
    }

    [Fact]
    public async Task PostRevisions_MermaidWith20000TasksOfOneName_IsRefusedByTheLimitsQuicklyAndStoresNothing()
    {
        using var client = app.Client();
        var before = await app.CountAsync();
        using var form = new MultipartFormDataContent { { new StringContent(TestMaps.MermaidWithRepeatedTasks(20_000)), "text" }, { new StringContent("mermaid"), "format" } };

        using var response = await client.PostAsync(new Uri("/revisions", UriKind.Relative), form, Cancel);

        var problem = await Problem.ReadAsync(response, 422);
        problem.GetProperty("format").GetString().Should().Be("mermaid");
        problem.GetProperty("detail").GetString().Should().Contain("limit of 5000");
        (await app.CountAsync()).Should().Be(before);
    }

    [Fact]
    public async Task PostRevisions_100MegabyteBody_IsTooLargeAndStoresNothing()
    {
        using var client = app.Client();
        var before = await app.CountAsync();
        using var body = new ByteArrayContent(new byte[100 * 1024 * 1024]);
        body.Headers.ContentType = new("multipart/form-data") { Parameters = { new("boundary", "x") } };

        using var response = await client.PostAsync(new Uri("/revisions", UriKind.Relative), body, Cancel);

        await Problem.ReadAsync(response, 413);
        (await app.CountAsync()).Should().Be(before);
    }

    [Fact]
    public async Task PostRevisions_NothingPasted_IsBadRequestProblem()
    {
        using var client = app.Client();
        using var form = new FormUrlEncodedContent([new("text", "")]);

        using var response = await client.PostAsync(new Uri("/revisions", UriKind.Relative), form, Cancel);

        await Problem.ReadAsync(response, 400);
    }

    [Fact]
    public async Task GetStyleSheet_Always_IsCss()
    {
        using var client = app.Client();

        using var response = await client.GetAsync(new Uri("/site.css", UriKind.Relative), Cancel);

        response.Content.Headers.ContentType!.MediaType.Should().Be("text/css");
    }
}
