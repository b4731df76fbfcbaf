using JourneyKit.Samples.Maps;
using JourneyKit.Serialization.Json;
using JourneyKit.Testing.Approval;
using JourneyKit.Testing.Tests.Support;

namespace JourneyKit.Testing.Tests.Approval;

/// <summary>Approved maps. The tests that set the accept-all variable run one after the other: they are in this one class.</summary>
public sealed class MatchApprovedTests : IDisposable
{
    private static readonly JourneyMap Lunch = CanteenLunch.Build();

    private readonly string _directory = Directory.CreateTempSubdirectory("journeykit-approved-").FullName;

    /// <summary>Whether the run accepts every received map; the tests of failures run without it, and it is restored after each test.</summary>
    private readonly string? _acceptAll = Environment.GetEnvironmentVariable(ApprovedMaps.AcceptAllVariable);

    public MatchApprovedTests() => Environment.SetEnvironmentVariable(ApprovedMaps.AcceptAllVariable, null);

    private ApprovedFile File => new(Path.Combine(_directory, "lunch.approved.json"), Path.Combine(_directory, "lunch.received.json"));

    public void Dispose()
    {
        Environment.SetEnvironmentVariable(ApprovedMaps.AcceptAllVariable, _acceptAll);
        Directory.Delete(_directory, recursive: true);
    }

    [Fact]
    public void MatchApproved_SampleMap_MatchesTheFileBesideThisTest()
    {
        Environment.SetEnvironmentVariable(ApprovedMaps.AcceptAllVariable, _acceptAll);
        Lunch.Should().MatchApproved();
    }

    [Fact]
    public void MatchApproved_NamedMaps_HaveAFileEach()
    {
        Environment.SetEnvironmentVariable(ApprovedMaps.AcceptAllVariable, _acceptAll);
        OnlineShoePurchase.Build(revision: 3).Should().MatchApproved("revision-3");
        OnlineShoePurchase.Build(revision: 4).Should().MatchApproved("revision-4");
    }

    [Fact]
    public void For_SourceFileAndTest_NamesTheFilesBesideTheSource()
    {
        var file = ApprovedFile.For(ThisFile(), "Some_Test", "second");

        file.ApprovedPath.Should().Be(Path.Combine(Path.GetDirectoryName(ThisFile())!, "MatchApprovedTests.Some_Test.second.approved.json"));
        file.ReceivedPath.Should().EndWith("MatchApprovedTests.Some_Test.second.received.json");
    }

    [Fact]
    public void For_PathMappedByADeterministicBuild_FindsTheSourceFolderFromTheOutputFolder()
    {
        var mapped = "/_/tests/JourneyKit.Testing.Tests/Approval/MatchApprovedTests.cs";

        ApprovedFile.For(mapped, "Some_Test", null).ApprovedPath.Should().Be(
            Path.Combine(Path.GetDirectoryName(ThisFile())!, "MatchApprovedTests.Some_Test.approved.json"));
    }

    [Fact]
    public void For_SourceFolderNowhere_ThrowsSayingHowToFixTheBuild() =>
        FluentActions.Invoking(() => ApprovedFile.For("/_/nowhere/at/all/Tests.cs", "Some_Test", null))
            .Should().Throw<InvalidOperationException>().WithMessage("*<DeterministicSourcePaths>false</DeterministicSourcePaths>*");

    [Theory]
    [InlineData("")]
    [InlineData("a/b")]
    [InlineData("a\\b")]
    public void For_NameWithAPath_Throws(string name) =>
        FluentActions.Invoking(() => ApprovedFile.For(ThisFile(), "Some_Test", name)).Should().Throw<ArgumentException>().WithMessage("*without path separators*");

    [Fact]
    public void Check_NoApprovedFile_WritesTheReceivedMapAndSaysHowToAccept()
    {
        var message = Failing(() => ApprovedMaps.Check(Lunch, File));

        message.Should().Be($"""
            Expected map to match its approved map, but there is none yet at {File.ApprovedPath}.
            The map was written to {File.ReceivedPath}. If the change is intended, accept it with:
              mv "{File.ReceivedPath}" "{File.ApprovedPath}"
            or run the tests with JOURNEYKIT_ACCEPT_ALL=true to accept every received map.
            """);
        System.IO.File.ReadAllBytes(File.ReceivedPath).Should().Equal(JourneyMapJson.Default.SerializeToUtf8Bytes(Lunch));
    }

    [Fact]
    public void Check_ChangedMap_FailsWithTheChangesFromTheApprovedMap()
    {
        System.IO.File.WriteAllBytes(File.ApprovedPath, JourneyMapJson.Default.SerializeToUtf8Bytes(Lunch));
        var changed = Lunch.ToBuilder().EditStage("pay", s => s.EditStep("pays", st => st.Emotion(1, "relieved"))).Build();

        Failing(() => ApprovedMaps.Check(changed, File)).Should().StartWith($"""
            Expected map to match its approved map {File.ApprovedPath}, but it differs by 1 change:
              - Changed emotions of Pay › Pays from -1 (annoyed) to +1 (relieved)
            The map was written to {File.ReceivedPath}.
            """);
        JourneyMapJson.Default.Deserialize(System.IO.File.ReadAllText(File.ReceivedPath)).Should().Be(changed);
    }

    [Fact]
    public void Check_SameMapAgain_PassesAndRemovesAnOldReceivedFile()
    {
        System.IO.File.WriteAllBytes(File.ApprovedPath, JourneyMapJson.Default.SerializeToUtf8Bytes(Lunch));
        System.IO.File.WriteAllText(File.ReceivedPath, "{}");

        ApprovedMaps.Check(CanteenLunch.Build(), File);

        System.IO.File.Exists(File.ReceivedPath).Should().BeFalse();
    }

    [Fact]
    public void Check_ApprovedFileWithWindowsLineEnds_StillMatches()
    {
        System.IO.File.WriteAllText(File.ApprovedPath, JourneyMapJson.Default.Serialize(Lunch).ReplaceLineEndings("\r\n"));

        ApprovedMaps.Check(Lunch, File);
    }

    [Fact]
    public void Check_SameMapInOtherBytes_FailsSayingTheFileIsNotCanonical()
    {
        System.IO.File.WriteAllText(File.ApprovedPath, new JourneyMapJson { Options = new JourneyMapJsonOptions { Indented = false } }.Serialize(Lunch));

        Failing(() => ApprovedMaps.Check(Lunch, File)).Should().StartWith(
            $"Expected map to match its approved map, but {File.ApprovedPath} holds the same map in other bytes than the canonical JSON");
    }

    [Fact]
    public void Check_ApprovedFileNotAMap_FailsWithTheReadersError()
    {
        System.IO.File.WriteAllText(File.ApprovedPath, "{ \"title\": ");

        Failing(() => ApprovedMaps.Check(Lunch, File)).Should().StartWith(
            $"Expected map to match its approved map, but {File.ApprovedPath} is not a map JourneyKit reads: ");
    }

    [Fact]
    public void Check_AcceptAllSet_ApprovesWhatItReceives()
    {
        System.IO.File.WriteAllText(File.ReceivedPath, "{}");
        Environment.SetEnvironmentVariable(ApprovedMaps.AcceptAllVariable, "TRUE");

        ApprovedMaps.Check(Lunch, File);

        System.IO.File.ReadAllBytes(File.ApprovedPath).Should().Equal(JourneyMapJson.Default.SerializeToUtf8Bytes(Lunch));
        System.IO.File.Exists(File.ReceivedPath).Should().BeFalse();
    }

    /// <summary>The failure message from where it says what was expected of the map (the identifier before it is FluentAssertions' guess from the test's code).</summary>
    private static string Failing(Action check)
    {
        var message = Failure.Of(check);
        return "Expected map" + message[message.IndexOf(" to match its approved map", StringComparison.Ordinal)..];
    }

    private static string ThisFile([System.Runtime.CompilerServices.CallerFilePath] string path = "") => path;
}
