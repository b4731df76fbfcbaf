namespace JourneyKit.ApiApproval.Tests;

public class PublicApiDumpTests
{
    [Fact]
    public void Generate_SameAssemblyTwice_GivesSameText()
    {
        var assembly = typeof(JourneyMap).Assembly;

        PublicApiDump.Generate(assembly).Should().Be(PublicApiDump.Generate(assembly));
    }

    [Fact]
    public void Generate_JourneyKit_ListsPublicMembersWithNullabilityAndNoInternals()
    {
        var api = PublicApiDump.Generate(typeof(JourneyMap).Assembly);

        api.Should().Contain("public sealed class JourneyMap : System.IEquatable<JourneyKit.JourneyMap>");
        api.Should().Contain("public string? Description { get; }");
        api.Should().Contain("public static JourneyKit.Building.JourneyMapBuilder Create(string title) { }");
        api.Should().NotContain("Guard");
        api.Should().NotContain("IdSlot");
        api.Should().NotContain("<Clone>");
        api.Should().NotContain("Attribute");
    }
}
