using JourneyKit.Building;
using JourneyKit.Serialization;
using JourneyKit.Serialization.Json;

namespace JourneyKit.Tests.Model;

public class JourneyKitExceptionTests
{
    [Fact]
    public void EveryPublicException_DerivesFromJourneyKitException()
    {
        var exceptions = typeof(JourneyMap).Assembly.GetExportedTypes().Where(t => typeof(Exception).IsAssignableFrom(t) && t != typeof(JourneyKitException));

        exceptions.Should().NotBeEmpty().And.OnlyContain(t => t.IsSubclassOf(typeof(JourneyKitException)), "one catch clause handles everything JourneyKit refuses");
    }

    [Fact]
    public void JourneyKitException_CatchesABadDocumentAndAnUnsoundMap()
    {
        var badDocument = () => JourneyMapJson.Default.Deserialize("{");
        var unsoundMap = () => JourneyMap.Create("m").Stage("Pay", s => s.Step("Pays", st => st.Id("x")).Step("Leaves", st => st.Id("x"))).Build();

        badDocument.Should().Throw<JourneyKitException>().Which.Should().BeOfType<JourneyFormatException>();
        unsoundMap.Should().Throw<JourneyKitException>().Which.Should().BeOfType<JourneyMapBuildException>();
    }
}
