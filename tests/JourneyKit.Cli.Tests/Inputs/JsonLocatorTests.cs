using System.Text;
using JourneyKit.Cli.Inputs;

namespace JourneyKit.Cli.Tests.Inputs;

public class JsonLocatorTests
{
    private const string Map = """
        {
          "schemaVersion": 1,
          "title": "Lunch",
          "stages": [
            {
              "name": "Pay",
              "id": "pay",
              "goal": "Pay fast",
              "steps": [
                {
                  "id": "pays",
                  "emotions": [
                    { "score": -1 },
                    { "score": 1, "persona": "student" }
                  ],
                  "painPoints": [ { "id": "queue", "description": "Long queue" } ]
                }
              ]
            }
          ]
        }
        """;

    private static readonly JsonLocator Locator = JsonLocator.Of(Encoding.UTF8.GetBytes(Map));

    [Theory]
    [InlineData("/stages/pay", 7, 7)]
    [InlineData("/stages/pay/name", 6, 7)]
    [InlineData("/stages/pay/goal", 8, 7)]
    [InlineData("/stages/pay/steps/pays", 11, 11)]
    [InlineData("/stages/pay/steps/pays/emotion", 13, 13)]
    [InlineData("/stages/pay/steps/pays/emotions/student", 14, 27)]
    [InlineData("/stages/pay/steps/pays/painPoints/queue", 16, 29)]
    [InlineData("/title", 3, 3)]
    public void Find_ElementOrProperty_GivesItsLineAndColumn(string path, int line, int column) =>
        Locator.Find(path).Should().Be((line, column));

    [Fact]
    public void Find_UnknownChild_FallsBackToTheNearestAncestor() =>
        Locator.Find("/stages/pay/steps/pays/opportunities/none").Should().Be(Locator.Find("/stages/pay/steps/pays"));

    [Fact]
    public void Find_NothingKnown_GivesTheTop() => Locator.Find("/owners/nobody").Should().Be((1, 1));

    [Fact]
    public void Find_WideCharactersBeforeIt_CountsColumnsInUtf16CodeUnits()
    {
        var locator = JsonLocator.Of(Encoding.UTF8.GetBytes("{ \"title\": \"午餐🍽\", \"stages\": [ { \"id\": \"pay\" } ] }"));

        locator.Find("/stages/pay").Should().Be((1, 34), "午 and 餐 are one unit each and 🍽 two");
    }

    [Fact]
    public void Of_InvalidJson_KeepsWhatItReadBeforeTheError() =>
        JsonLocator.Of(Encoding.UTF8.GetBytes("{ \"stages\": [ { \"id\": ")).Find("/stages/pay").Should().Be((1, 3), "the stages list was read");
}
