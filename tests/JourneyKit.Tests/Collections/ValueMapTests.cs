using JourneyKit.Tests.Support;

namespace JourneyKit.Tests.Collections;

public class ValueMapTests
{
    [Fact]
    public void From_AnyInsertionOrder_KeepsOrdinalKeyOrderAndIsEqual()
    {
        var first = ValueMap.From([new("b", "2"), new("a", "1")]);
        var second = ValueMap.From([new("a", "1"), new("b", "2")]);

        first.Keys.Should().Equal("a", "b");
        EqualityContract.AssertEqual(first, second);
    }

    [Fact]
    public void Equals_DifferentValue_AreNotEqual()
    {
        var first = ValueMap.From([new("a", "1")]);
        var second = ValueMap.From([new("a", "2")]);

        EqualityContract.AssertNotEqual(first, second);
    }

    [Fact]
    public void SetItem_ReturnsChangedCopyAndLeavesOriginal()
    {
        var original = ValueMap.From([new("a", "1")]);

        var changed = original.SetItem("a", "2").SetItem("c", "3");

        original["a"].Should().Be("1");
        changed["a"].Should().Be("2");
        changed["c"].Should().Be("3");
        (changed.Remove("c") == original.SetItem("a", "2")).Should().BeTrue();
    }

    [Fact]
    public void Indexer_MissingKey_ThrowsKeyNotFoundNamingKnownKeys()
    {
        var map = ValueMap.From([new("team", "cx")]);

        var act = () => map["owner"];

        act.Should().Throw<KeyNotFoundException>().WithMessage("*'owner'*team*");
    }

    [Fact]
    public void TryGetValue_PresentAndMissingKeys_ReportsEach()
    {
        var map = ValueMap.From([new("a", "1"), new("b", "2"), new("c", "3")]);

        map.TryGetValue("b", out var value).Should().BeTrue();
        value.Should().Be("2");
        map.TryGetValue("z", out _).Should().BeFalse();
        map.ContainsKey("c").Should().BeTrue();
    }

    [Fact]
    public void From_BlankKey_ThrowsArgumentException()
    {
        var act = () => ValueMap.From([new(" ", "1")]);

        act.Should().Throw<ArgumentException>().WithParameterName("entries");
    }
}
