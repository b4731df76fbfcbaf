using JourneyKit.Cli.Inputs;
using JourneyKit.Cli.Output;
using JourneyKit.Cli.Tests.Support;

namespace JourneyKit.Cli.Tests.Inputs;

public sealed class FileGlobTests : IDisposable
{
    private readonly Workspace _files = new();

    public void Dispose() => _files.Dispose();

    private Terminal Terminal => new(TextWriter.Null, TextWriter.Null, _files.Path, color: false, Verbosity.Normal);

    [Fact]
    public void Expand_Patterns_MatchWithinAndAcrossFoldersSortedWithoutRepeats()
    {
        foreach (var file in new[] { "maps/a.json", "maps/b.json", "maps/deep/er/c.json", "maps/a.mmd", "other/d.json" })
        {
            _files.Write(file, "{}");
        }

        FileGlob.Expand(["maps/*.json"], Terminal).Should().Equal("maps/a.json", "maps/b.json");
        FileGlob.Expand(["maps/**/*.json", "maps/a.json"], Terminal).Should().Equal("maps/a.json", "maps/b.json", "maps/deep/er/c.json");
        FileGlob.Expand(["**/?.json"], Terminal).Should().Equal("maps/a.json", "maps/b.json", "maps/deep/er/c.json", "other/d.json");
        FileGlob.Expand(["maps/a.*"], Terminal).Should().Equal("maps/a.json", "maps/a.mmd");
    }

    [Fact]
    public void Expand_PlainPath_IsKeptAsGiven() => FileGlob.Expand(["not/there.json"], Terminal).Should().Equal("not/there.json");
}
