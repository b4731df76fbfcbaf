using System.Text;
using JourneyKit.Cli.Configuration;
using JourneyKit.Cli.Output;
using JourneyKit.Cli.Tests.Support;
using JourneyKit.Localization;
using JourneyKit.Tests.Support;

namespace JourneyKit.Cli.Tests.Configuration;

/// <summary>The configuration file is input too: whatever it holds, reading it gives settings or an <see cref="InputException"/>, never another error.</summary>
public sealed class ConfigReaderFuzzTests : IDisposable
{
    private const string Valid = """
        {
          "rules": { "JK1009": "off", "JK1004": "error" },
          "suppressions": [ { "rule": "JK1006", "element": "eat", "justification": "At the table." } ],
          "gate": { "painPointSeverity": "high", "emotionDrop": 2, "severities": { "JKG003": "error" } },
          "commands": { "validate": { "format": "github", "failOn": "warning", "language": "de" } }
        }
        """;

    private static readonly string[] Tokens = ["{", "}", "[", "]", "null", "true", "1e309", "-1", "\"off\"", "\"rules\"", "\"JK1009\"", "\"nb\"", "\"\\ud800\"", "// note\n", "/*", ","];

    private readonly Workspace _files = new();

    public void Dispose() => _files.Dispose();

    [Fact]
    public void Load_MutatedFiles_GivesSettingsOrAnInputError()
    {
        var seed = Fuzzing.Seed();
        var random = new Random(seed);
        var terminal = new Terminal(TextWriter.Null, TextWriter.Null, _files.Path, color: false, Verbosity.Normal);
        var path = Path.Combine(_files.Path, ToolConfig.FileName);
        var valid = Encoding.UTF8.GetBytes(Valid);
        var iterations = Math.Min(Fuzzing.Iterations, 5_000);
        for (var i = 0; i < iterations; i++)
        {
            File.WriteAllBytes(path, Fuzzing.Mutate(valid, random, random.Next(1, 6), Tokens, "{}[]:,\"\\"));
            try
            {
                ConfigReader.Load(null, terminal).RuleSet();
            }
            catch (InputException)
            {
            }
            catch (Exception e)
            {
                throw new Xunit.Sdk.XunitException($"{Fuzzing.Replay(seed, i)}: {e.GetType().Name}: {e.Message}\n{File.ReadAllText(path)}");
            }
        }
    }

    [Fact]
    public void Load_ValidFile_GivesItsSettings()
    {
        _files.Write(ToolConfig.FileName, Valid);

        var config = ConfigReader.Load(null, new Terminal(TextWriter.Null, TextWriter.Null, _files.Path, color: false, Verbosity.Normal));

        config.Rules.Should().HaveCount(2);
        config.Gate.Severities.Should().ContainKey("JKG003");
        config.For("validate").Should().Be(new CommandDefaults("github", FailOn.Warning, JourneyLanguage.German));
        config.RuleSet().Suppressions.Should().ContainSingle(s => s.RuleId == "JK1006" && s.ElementId == "eat");
    }
}
