using System.Reflection;
using JourneyKit.Tests.Support;

namespace JourneyKit.ApiApproval.Tests;

/// <summary>The public API of every shipped package, approved as a text file in this folder (one per package).</summary>
public class PublicApiTests
{
    [Fact]
    public void JourneyKit_PublicApi_MatchesApprovedFile() => Verify(typeof(JourneyMap).Assembly);

    [Fact]
    public void JourneyKitTesting_PublicApi_MatchesApprovedFile() => Verify(typeof(JourneyKit.Testing.JourneyKitAssertionExtensions).Assembly);

    [Fact]
    public void PublicApiText_JourneyKit_HoldsNoInternalsAndNoAssemblyAttributes()
    {
        var api = PublicApiText.Of(typeof(JourneyMap).Assembly);

        api.Should().Contain("public static JourneyKit.Building.JourneyMapBuilder Create(string title) { }");
        api.Should().NotContain("MapIntegrity").And.NotContain("IdSlot").And.NotContain("[assembly:");
        PublicApiText.Of(typeof(JourneyMap).Assembly).Should().Be(api, "the same assembly always gives the same text");
    }

    private static void Verify(Assembly assembly)
    {
        var directory = Repository.File("tests", "JourneyKit.ApiApproval.Tests");
        var name = assembly.GetName().Name!;
        var approvedPath = Path.Combine(directory, $"{name}.approved.txt");
        var receivedPath = Path.Combine(directory, $"{name}.received.txt");
        var actual = PublicApiText.Of(assembly);
        var approved = File.Exists(approvedPath) ? File.ReadAllText(approvedPath).ReplaceLineEndings("\n") : null;

        if (actual == approved)
        {
            File.Delete(receivedPath);
            return;
        }

        File.WriteAllText(receivedPath, actual);
        Assert.Fail(
            $"The public API of {name} differs from {approvedPath}.\n" +
            $"The API as built was written to {receivedPath}; compare the two files.\n" +
            $"If the change is intended, accept it with:\n  mv \"{receivedPath}\" \"{approvedPath}\"\n" +
            "and make sure a breaking change is on purpose.");
    }
}
