using System.Net;
using JourneyKit.Samples.Web.Tests.Support;

namespace JourneyKit.Samples.Web.Tests.Endpoints;

public sealed class DocumentEndpointsTests(WebAppFactory app) : IClassFixture<WebAppFactory>
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task GetPicture_InGerman_IsAGermanSvgUnderTheDocumentPolicy()
    {
        var number = await app.StoreAsync(TestMaps.Lunch());
        using var client = app.Client();

        using var response = await client.GetAsync(new Uri($"/revisions/{number}/picture.svg?lang=de", UriKind.Relative), Cancel);

        response.Content.Headers.ContentType!.MediaType.Should().Be("image/svg+xml");
        response.Headers.GetValues("Content-Security-Policy").Single().Should().Contain("sandbox").And.NotContain("script");
        var svg = await response.Content.ReadAsStringAsync(Cancel);
        svg.Should().StartWith("<svg").And.Contain("Schmerzpunkt");
    }

    [Theory]
    [InlineData("funnel")]
    [InlineData("matrix")]
    [InlineData("curves")]
    public async Task GetChart_EachKind_IsAnSvg(string chart)
    {
        var number = await app.StoreAsync(TestMaps.Lunch());
        using var client = app.Client();

        var svg = await client.GetStringAsync(new Uri($"/revisions/{number}/charts/{chart}.svg", UriKind.Relative), Cancel);

        svg.Should().StartWith("<svg");
    }

    [Theory]
    [InlineData("json", "application/json", ".json")]
    [InlineData("mermaid", "text/vnd.mermaid", ".mmd")]
    [InlineData("markdown", "text/markdown", ".md")]
    [InlineData("csv", "text/csv", ".csv")]
    [InlineData("svg", "image/svg+xml", ".svg")]
    [InlineData("html", "text/html", ".html")]
    public async Task GetDownload_EveryFormat_IsAnAttachmentOfItsMediaType(string format, string mediaType, string extension)
    {
        var number = await app.StoreAsync(TestMaps.Lunch());
        using var client = app.Client();

        using var response = await client.GetAsync(new Uri($"/revisions/{number}/download/{format}", UriKind.Relative), Cancel);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.Should().Be(mediaType);
        response.Content.Headers.ContentDisposition!.FileName.Should().Be($"buy-lunch-r{number}{extension}");
    }

    [Fact]
    public async Task GetDownload_UnknownFormat_IsBadRequestProblem()
    {
        var number = await app.StoreAsync(TestMaps.Lunch());
        using var client = app.Client();

        using var response = await client.GetAsync(new Uri($"/revisions/{number}/download/yaml", UriKind.Relative), Cancel);

        await Problem.ReadAsync(response, 400);
    }

    [Fact]
    public async Task GetVisualDiff_TwoRevisions_IsJourneyKitsDiffPageUnderTheDocumentPolicy()
    {
        var from = await app.StoreAsync(TestMaps.Lunch());
        var to = await app.StoreAsync(TestMaps.Lunch("Pays by card"));
        using var client = app.Client();

        using var response = await client.GetAsync(new Uri($"/revisions/{from}/changes/{to}/visual", UriKind.Relative), Cancel);

        response.Content.Headers.ContentType!.MediaType.Should().Be("text/html");
        response.Headers.GetValues("Content-Security-Policy").Single().Should().Contain("frame-ancestors 'self'");
        (await response.Content.ReadAsStringAsync(Cancel)).Should().Contain("Pays by card");
    }
}
