using JourneyKit.Tests.Support;

namespace JourneyKit.Tests.Model;

public class EmotionScaleTests
{
    [Fact]
    public void Default_IsMinusTwoToPlusTwo()
    {
        EmotionScale.Default.Min.Should().Be(-2);
        EmotionScale.Default.Max.Should().Be(2);
        EmotionScale.Default.ToString().Should().Be("-2..+2");
    }

    [Theory]
    [InlineData(-2, true)]
    [InlineData(2, true)]
    [InlineData(0, true)]
    [InlineData(3, false)]
    [InlineData(-3, false)]
    public void Contains_Scores_ChecksBounds(int score, bool expected)
    {
        EmotionScale.Default.Contains(score).Should().Be(expected);
    }

    [Theory]
    [InlineData(2, 2)]
    [InlineData(3, 1)]
    [InlineData(-101, 0)]
    [InlineData(0, 101)]
    public void Constructor_EmptyOrTooWideRange_Throws(int min, int max)
    {
        var act = () => new EmotionScale(min, max);

        act.Should().Throw<ArgumentOutOfRangeException>();
    }

    [Fact]
    public void Equals_SameBounds_AreEqual()
    {
        EqualityContract.AssertEqual(new EmotionScale(1, 5), new EmotionScale(1, 5));
        EqualityContract.AssertNotEqual(new EmotionScale(1, 5), new EmotionScale(0, 5));
    }
}
