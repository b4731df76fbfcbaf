using JourneyKit.Tests.Support;

namespace JourneyKit.Tests.Collections;

public class ValueListTests
{
    [Fact]
    public void Equals_SameItemsInSameOrder_AreEqual()
    {
        ValueList<string> left = ["a", "b"];
        var right = ValueList.From(new List<string> { "a", "b" });

        EqualityContract.AssertEqual(left, right);
    }

    [Fact]
    public void Equals_SameItemsInOtherOrder_AreNotEqual()
    {
        ValueList<string> left = ["a", "b"];
        ValueList<string> right = ["b", "a"];

        EqualityContract.AssertNotEqual(left, right);
    }

    [Fact]
    public void Default_IsEmptyAndEqualToEmptyList()
    {
        ValueList<int> none = default;

        none.Count.Should().Be(0);
        none.IsEmpty.Should().BeTrue();
        none.Should().BeEmpty();
        EqualityContract.AssertEqual(none, ValueList.Create<int>([]));
    }

    [Fact]
    public void Indexer_OutOfRange_ThrowsArgumentOutOfRangeWithCount()
    {
        ValueList<int> list = [1, 2];

        var act = () => list[2];

        act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("index").WithMessage("*holds 2 item(s)*");
    }

    [Fact]
    public void Create_SourceArrayChangedAfterwards_ListUnchanged()
    {
        var source = new[] { 1, 2, 3 };
        var list = ValueList.Create<int>(source);

        source[0] = 99;

        list.Should().Equal(1, 2, 3);
    }

    [Fact]
    public void GetEnumerator_WalksItemsInOrder()
    {
        ValueList<int> list = [3, 1, 2];
        var seen = new List<int>();

        foreach (var item in list)
        {
            seen.Add(item);
        }

        seen.Should().Equal(3, 1, 2);
    }

    [Fact]
    public void From_Null_ThrowsArgumentNull()
    {
        var act = () => ValueList.From<int>(null!);

        act.Should().Throw<ArgumentNullException>().WithParameterName("items");
    }
}
