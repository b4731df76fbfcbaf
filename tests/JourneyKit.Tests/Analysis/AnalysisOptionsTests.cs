using JourneyKit.Analysis;

namespace JourneyKit.Tests.Analysis;

public class AnalysisOptionsTests
{
    [Fact]
    public void Default_Values_AreTheDocumentedOnes()
    {
        var options = AnalysisOptions.Default;

        (options.MaxRoutes, options.MaxLoopTurns, options.DisagreementTolerance, options.TopCount).Should().Be((1_000, 1, 0.05m, 3));
    }

    [Theory]
    [InlineData(nameof(AnalysisOptions.MaxRoutes), 0)]
    [InlineData(nameof(AnalysisOptions.MaxRoutes), AnalysisOptions.MaxRoutesLimit + 1)]
    [InlineData(nameof(AnalysisOptions.MaxLoopTurns), -1)]
    [InlineData(nameof(AnalysisOptions.MaxLoopTurns), AnalysisOptions.MaxLoopTurnsLimit + 1)]
    [InlineData(nameof(AnalysisOptions.TopCount), 0)]
    [InlineData(nameof(AnalysisOptions.TopCount), 101)]
    public void Init_ValueOutOfRange_ThrowsNamingTheOption(string option, int value)
    {
        Action set = option switch
        {
            nameof(AnalysisOptions.MaxRoutes) => () => _ = AnalysisOptions.Default with { MaxRoutes = value },
            nameof(AnalysisOptions.MaxLoopTurns) => () => _ = AnalysisOptions.Default with { MaxLoopTurns = value },
            _ => () => _ = AnalysisOptions.Default with { TopCount = value },
        };

        set.Should().Throw<ArgumentOutOfRangeException>().Which.ParamName.Should().Be(option);
    }

    [Theory]
    [InlineData(-0.01)]
    [InlineData(1.01)]
    public void DisagreementTolerance_NotAShare_Throws(double tolerance) =>
        FluentActions.Invoking(() => AnalysisOptions.Default with { DisagreementTolerance = (decimal)tolerance })
            .Should().Throw<ArgumentOutOfRangeException>().Which.ParamName.Should().Be(nameof(AnalysisOptions.DisagreementTolerance));

    [Fact]
    public void Analyze_NullMap_Throws() =>
        FluentActions.Invoking(() => JourneyAnalysis.Of(null!)).Should().Throw<ArgumentNullException>().Which.ParamName.Should().Be("map");
}
