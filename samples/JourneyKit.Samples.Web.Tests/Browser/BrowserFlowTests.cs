using System.Text.Json;
using JourneyKit.Samples.Web.Tests.Support;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using JourneyKit.Tests.Support;

namespace JourneyKit.Samples.Web.Tests.Browser;

/// <summary>
/// The web sample in Debian's Chromium, on a real Kestrel port (the test host serves no browser): the flow a person
/// follows, through tools/browser-check/drive.mjs, which saves the screenshots in artifacts/screenshots/web-*.png (copied into docs/images when they change on purpose).
/// </summary>
public sealed class BrowserFlowTests
{
    [Fact]
    public async Task Page_PastedRevisionsChangesAndMerge_WorkInChromiumAndNoLabelRunsAsScript()
    {
        Chromium.Required();
        await using var app = WebApp.Build([], builder => builder.Logging.ClearProviders());
        app.Urls.Add("http://127.0.0.1:0");
        await app.StartAsync(TestContext.Current.CancellationToken);
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        var folder = Directory.CreateTempSubdirectory("journeykit-web-");
        try
        {
            string Save(string name, JourneyMap map)
            {
                var path = Path.Combine(folder.FullName, name);
                File.WriteAllText(path, TestMaps.Json(map));
                return path;
            }

            var output = await Task.Run(() => Chromium.Run("node", [
                "drive.mjs", address, Directory.CreateDirectory(Repository.File("artifacts", "screenshots")).FullName,
                Save("base.json", TestMaps.Lunch()), Save("ours.json", TestMaps.Lunch("Pays by card")),
                Save("theirs.json", TestMaps.Lunch("Pays by phone")), Save("hostile.json", HostileLabels.Map())]), TestContext.Current.CancellationToken);

            using var json = JsonDocument.Parse(output);
            var facts = json.RootElement;
            var steps = facts.GetProperty("steps");
            steps.GetProperty("pasted").GetProperty("title").GetString().Should().Be("Buy lunch");
            steps.GetProperty("pasted").GetProperty("picture").GetBoolean().Should().BeTrue();
            steps.GetProperty("pasted").GetProperty("findings").GetInt32().Should().BeGreaterThan(0);
            steps.GetProperty("changes").GetProperty("changelog").GetString().Should().Contain("Pays by card");
            steps.GetProperty("changes").GetProperty("visual").GetString().Should().Contain("Pays by card");
            steps.GetProperty("conflict").GetProperty("conflicts").GetInt32().Should().Be(1);
            steps.GetProperty("merged").GetProperty("text").GetString().Should().Contain("Pays by phone").And.Contain("merge of");
            var hostile = steps.GetProperty("hostile");
            hostile.GetProperty("title").GetString().Should().Be(HostileLabels.Script);
            hostile.GetProperty("pwned").GetBoolean().Should().BeFalse();
            hostile.GetProperty("picture").GetBoolean().Should().BeTrue();
            hostile.GetProperty("scripts").GetInt32().Should().Be(0);
            hostile.GetProperty("handlers").GetArrayLength().Should().Be(0);
            steps.GetProperty("chinese").GetProperty("lang").GetString().Should().Be("zh-Hans");
            steps.GetProperty("chinese").GetProperty("headings").EnumerateArray().Select(h => h.GetString()).Should().Contain("旅程图");
            facts.GetProperty("pwned").GetBoolean().Should().BeFalse();
            facts.GetProperty("dialogs").GetArrayLength().Should().Be(0);
            facts.GetProperty("errors").EnumerateArray().Select(e => e.GetString()).Should().BeEmpty();
            facts.GetProperty("outside").GetArrayLength().Should().Be(0);
        }
        finally
        {
            folder.Delete(recursive: true);
            await app.StopAsync(TestContext.Current.CancellationToken);
        }
    }
}
