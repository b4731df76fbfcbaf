using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Logging;

namespace JourneyKit.Samples.Web.Tests.Support;

/// <summary>The application in the ASP.NET Core test host, with helpers for what the tests do most.</summary>
public sealed class WebAppFactory : WebApplicationFactory<Program>
{
    /// <inheritdoc/>
    protected override void ConfigureWebHost(IWebHostBuilder builder) => builder.ConfigureLogging(logging => logging.ClearProviders());

    /// <summary>A client that does not follow redirects, so tests see where a form sends the person.</summary>
    public HttpClient Client() => CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    /// <summary>Stores a map through the JSON API and returns its revision number.</summary>
    public async Task<int> StoreAsync(JourneyMap map)
    {
        using var client = Client();
        using var content = new StringContent(TestMaps.Json(map), System.Text.Encoding.UTF8, "application/json");
        using var response = await client.PostAsync(new Uri("/api/revisions", UriKind.Relative), content, TestContext.Current.CancellationToken);
        response.EnsureSuccessStatusCode();
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        return json.RootElement.GetProperty("number").GetInt32();
    }

    /// <summary>How many revisions are stored.</summary>
    public async Task<int> CountAsync()
    {
        using var client = Client();
        var list = await client.GetFromJsonAsync<JsonElement>(new Uri("/api/revisions", UriKind.Relative), TestContext.Current.CancellationToken);
        return list.GetArrayLength();
    }
}
