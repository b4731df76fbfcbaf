using System.Reflection;
using JourneyKit.Tests.Support;

namespace JourneyKit.ApiApproval.Tests;

public class PublicApiTests
{
    [Fact]
    public void JourneyKit_PublicApi_MatchesApprovedFile() => Verify(typeof(JourneyMap).Assembly);

    private static void Verify(Assembly assembly)
    {
        var directory = Repository.File("tests", "JourneyKit.ApiApproval.Tests");
        var name = assembly.GetName().Name!;
        var approvedPath = Path.Combine(directory, $"{name}.approved.txt");
        var receivedPath = Path.Combine(directory, $"{name}.received.txt");
        var actual = PublicApiDump.Generate(assembly);
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
