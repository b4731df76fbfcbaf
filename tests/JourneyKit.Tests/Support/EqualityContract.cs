namespace JourneyKit.Tests.Support;

/// <summary>Checks that a type's equality members agree with each other, as a user relies on.</summary>
public static class EqualityContract
{
    public static void AssertEqual<T>(T left, T right)
        where T : IEquatable<T>
    {
        left.Equals(right).Should().BeTrue("Equals(T) should hold");
        right.Equals(left).Should().BeTrue("equality should be symmetric");
        left.Equals((object?)right).Should().BeTrue("Equals(object) should agree with Equals(T)");
        left.GetHashCode().Should().Be(right.GetHashCode(), "equal values must hash equally");
        Operator(left, right, "op_Equality").Should().BeTrue("== should agree with Equals");
        Operator(left, right, "op_Inequality").Should().BeFalse("!= should agree with Equals");
    }

    public static void AssertNotEqual<T>(T left, T right)
        where T : IEquatable<T>
    {
        left.Equals(right).Should().BeFalse("Equals(T) should not hold");
        right.Equals(left).Should().BeFalse("inequality should be symmetric");
        left.Equals((object?)right).Should().BeFalse("Equals(object) should agree with Equals(T)");
        Operator(left, right, "op_Equality").Should().BeFalse("== should agree with Equals");
        Operator(left, right, "op_Inequality").Should().BeTrue("!= should agree with Equals");
    }

    private static bool Operator<T>(T left, T right, string name)
    {
        var method = typeof(T).GetMethod(name, [typeof(T), typeof(T)]);
        method.Should().NotBeNull($"{typeof(T).Name} should define {name}");
        return (bool)method!.Invoke(null, [left, right])!;
    }
}
