using JourneyKit.Cli.Inputs;
using JourneyKit.Tests.Support;

namespace JourneyKit.Cli.Tests.Inputs;

/// <summary>The locator reads whatever file a finding is in: any bytes give positions on the document's lines, never an error.</summary>
public class JsonLocatorFuzzTests
{
    private static readonly string[] Tokens = ["{", "}", "[", "]", "\"id\"", "\"persona\"", "\"emotions\"", "\"stages\"", "null", "\n", "\"\\ud800\"", "é", "🍽"];

    [Fact]
    public void Find_MutatedDocuments_GivesALineAndColumnInside()
    {
        var seed = Fuzzing.Seed();
        var random = new Random(seed);
        var valid = File.ReadAllBytes(Repository.File("docs", "examples", "buy-running-shoes-online.json"));
        var paths = new[] { "/stages/purchase", "/stages/purchase/steps/checks-out/emotion", "/stages/delivery/steps/receives-the-order/emotions/x", "/title", "" };
        for (var i = 0; i < Fuzzing.Iterations / 4; i++)
        {
            var bytes = Fuzzing.Mutate(valid, random, random.Next(1, 8), Tokens, "{}[]:,\"\\\n");
            var lines = bytes.Count(b => b == (byte)'\n') + 1;
            try
            {
                var locator = JsonLocator.Of(bytes);
                foreach (var path in paths)
                {
                    var (line, column) = locator.Find(path);
                    if (line < 1 || line > lines || column < 1)
                    {
                        throw new InvalidOperationException($"{path} placed at {line}:{column} in a document of {lines} lines");
                    }
                }
            }
            catch (Exception e)
            {
                throw new Xunit.Sdk.XunitException($"{Fuzzing.Replay(seed, i)}: {e.GetType().Name}: {e.Message}");
            }
        }
    }
}
