using System.Net;
using JourneyKit.Samples.Web.Tests.Support;

namespace JourneyKit.Samples.Web.Tests.Endpoints;

public sealed class MergeEndpointsTests(WebAppFactory app) : IClassFixture<WebAppFactory>
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task PostMerge_Conflict_ShowsBothSidesToPickFromAndStoresNothing()
    {
        var (@base, ours, theirs) = (await app.StoreAsync(TestMaps.Lunch()), await app.StoreAsync(TestMaps.Lunch("Pays by card")), await app.StoreAsync(TestMaps.Lunch("Pays by phone")));
        using var client = app.Client();
        var before = await app.CountAsync();

        using var response = await client.PostAsync(new Uri("/merge", UriKind.Relative), Form(@base, ours, theirs), Cancel);

        response.StatusCode.Should().Be(HttpStatusCode.Conflict);
        var page = await response.Content.ReadAsStringAsync(Cancel);
        page.Should().Contain("<fieldset class=\"conflict\">").And.Contain("Pays by card").And.Contain("Pays by phone").And.Contain("value=\"theirs\"");
        (await app.CountAsync()).Should().Be(before);
    }

    [Fact]
    public async Task PostMerge_TheirsPicked_StoresTheMergedRevisionAndSendsThePersonToIt()
    {
        var (@base, ours, theirs) = (await app.StoreAsync(TestMaps.Lunch()), await app.StoreAsync(TestMaps.Lunch("Pays by card")), await app.StoreAsync(TestMaps.Lunch("Pays by phone")));
        using var client = app.Client();
        using var conflict = await client.PostAsync(new Uri("/merge", UriKind.Relative), Form(@base, ours, theirs), Cancel);
        var page = await conflict.Content.ReadAsStringAsync(Cancel);
        var name = System.Text.RegularExpressions.Regex.Match(page, "name=\"(choice:[^\"]+)\"").Groups[1].Value;

        using var response = await client.PostAsync(new Uri("/merge", UriKind.Relative), Form(@base, ours, theirs, (System.Net.WebUtility.HtmlDecode(name), "theirs")), Cancel);

        response.StatusCode.Should().Be(HttpStatusCode.Redirect);
        (await client.GetStringAsync(response.Headers.Location, Cancel)).Should().Contain("Pays by phone").And.Contain($"merge of {ours} and {theirs} on {@base}");
    }

    [Fact]
    public async Task PostMerge_UnknownRevisions_IsBadRequestProblem()
    {
        using var client = app.Client();

        using var response = await client.PostAsync(new Uri("/merge", UriKind.Relative), Form(99997, 99998, 99999), Cancel);

        await Problem.ReadAsync(response, 400);
    }

    private static FormUrlEncodedContent Form(int @base, int ours, int theirs, params (string Name, string Value)[] choices) =>
        new([new("base", $"{@base}"), new("ours", $"{ours}"), new("theirs", $"{theirs}"), .. choices.Select(c => KeyValuePair.Create(c.Name, c.Value))]);
}
