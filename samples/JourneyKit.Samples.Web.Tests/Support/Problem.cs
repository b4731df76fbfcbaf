using System.Text.Json;

namespace JourneyKit.Samples.Web.Tests.Support;

/// <summary>Reads a problem details response (RFC 9457) and checks it leaks nothing of the host.</summary>
public static class Problem
{
    public static async Task<JsonElement> ReadAsync(HttpResponseMessage response, int status)
    {
        ArgumentNullException.ThrowIfNull(response);
        ((int)response.StatusCode).Should().Be(status);
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json");
        var text = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        text.Should().NotContain("   at ").And.NotContain("Exception").And.NotContain(".cs:line");
        using var json = JsonDocument.Parse(text);
        json.RootElement.GetProperty("status").GetInt32().Should().Be(status);
        return json.RootElement.Clone();
    }
}
