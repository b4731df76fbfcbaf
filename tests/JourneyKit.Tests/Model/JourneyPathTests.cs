namespace JourneyKit.Tests.Model;

public class JourneyPathTests
{
    [Fact]
    public void Element_NestedElements_NamesThemById()
    {
        var path = JourneyPath.Root.Element("stages", "pay").Element("steps", "pay-by-card").Property("emotion");

        path.Value.Should().Be("/stages/pay/steps/pay-by-card/emotion");
        path.ToString().Should().Be(path.Value);
    }

    [Fact]
    public void Element_IdWithSlashOrTilde_IsEscapedAsInJsonPointers()
    {
        JourneyPath.Root.Element("stages", "a/b~c").Value.Should().Be("/stages/a~1b~0c");
    }

    [Fact]
    public void Property_NameWithSlash_Throws()
    {
        var act = () => JourneyPath.Root.Property("a/b");

        act.Should().Throw<ArgumentException>().WithParameterName("name");
    }
}
