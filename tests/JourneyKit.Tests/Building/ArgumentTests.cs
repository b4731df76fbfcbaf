namespace JourneyKit.Tests.Building;

/// <summary>Null or blank arguments fail at the call, naming the parameter.</summary>
public class ArgumentTests
{
    public static TheoryData<string, Action> BlankArguments() => new()
    {
        { "title", () => JourneyMap.Create(" ") },
        { "title", () => JourneyMap.Create(null!) },
        { "name", () => JourneyMap.Create("m").Stage("") },
        { "name", () => JourneyMap.Create("m").Persona("\t") },
        { "name", () => JourneyMap.Create("m").Touchpoint(" ") },
        { "name", () => JourneyMap.Create("m").Owner(null!) },
        { "name", () => JourneyMap.Create("m").Channel("") },
        { "key", () => JourneyMap.Create("m").Property(" ", "v") },
        { "value", () => JourneyMap.Create("m").Property("k", null!) },
        { "description", () => JourneyMap.Create("m").Description("") },
        { "fromStep", () => JourneyMap.Create("m").Exit(" ") },
        { "toStep", () => JourneyMap.Create("m").Loop("a", "") },
        { "name", () => JourneyMap.Create("m").Stage("s", s => s.Step(" ")) },
        { "questions", () => JourneyMap.Create("m").Stage("s", s => s.Question("ok", " ")) },
        { "owner", () => JourneyMap.Create("m").Stage("s", s => s.OwnedBy("")) },
        { "name", () => JourneyMap.Create("m").Stage("s", s => s.Metric(" ")) },
        { "unit", () => JourneyMap.Create("m").Stage("s", s => s.Metric("m", m => m.Unit(" "))) },
        { "description", () => JourneyMap.Create("m").Stage("s", s => s.Step("a", st => st.PainPoint(""))) },
        { "title", () => JourneyMap.Create("m").Stage("s", s => s.Step("a", st => st.Opportunity(" "))) },
        { "painPoints", () => JourneyMap.Create("m").Stage("s", s => s.Step("a", st => st.Opportunity("o", o => o.Addresses(" ")))) },
        { "touchpoints", () => JourneyMap.Create("m").Stage("s", s => s.Step("a", st => st.Via((string)null!))) },
        { "actions", () => JourneyMap.Create("m").Stage("s", s => s.Step("a", st => st.Action(""))) },
        { "label", () => JourneyMap.Create("m").Stage("s", s => s.Step("a", st => st.Emotion(1, " "))) },
        { "persona", () => JourneyMap.Create("m").Stage("s", s => s.Step("a", st => st.Emotion(1, persona: ""))) },
        { "name", () => JourneyMap.Create("m").Stage("s", s => s.Step("a", st => st.BackStage(" "))) },
        { "goals", () => JourneyMap.Create("m").Persona("p", p => p.Goal((string)null!)) },
        { "key", () => JourneyMap.Create("m").Persona("p", p => p.Demographic("", "x")) },
        { "channel", () => JourneyMap.Create("m").Touchpoint("t", t => t.OnChannel(" ")) },
    };

    [Theory]
    [MemberData(nameof(BlankArguments))]
    public void BuilderMethod_NullOrBlankArgument_ThrowsNamingTheParameter(string parameter, Action call)
    {
        call.Should().Throw<ArgumentException>().WithParameterName(parameter);
    }

    [Theory]
    [InlineData("Pay")]
    [InlineData("pay by card")]
    [InlineData("-pay")]
    public void Id_Malformed_ThrowsSuggestingAWellFormedId(string id)
    {
        var act = () => JourneyMap.Create("m").Stage("s", s => s.Id(id));

        act.Should().Throw<ArgumentException>().WithParameterName(nameof(id)).WithMessage($"*'{id}' is not a valid id*");
    }

    [Fact]
    public void Id_Malformed_SuggestsTheSlug()
    {
        var act = () => JourneyMap.Create("m").Stage("s", s => s.Step("a", st => st.Id("Pay By Card")));

        act.Should().Throw<ArgumentException>().WithMessage("*such as 'pay-by-card'*");
    }

    [Fact]
    public void Share_OutsideZeroToOne_Throws()
    {
        var act = () => JourneyMap.Create("m").Exit("a", share: 1.5m);

        act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("share");
    }

    [Fact]
    public void EmotionScale_EmptyRange_Throws()
    {
        var act = () => JourneyMap.Create("m").EmotionScale(2, -2);

        act.Should().Throw<ArgumentOutOfRangeException>();
    }

    [Fact]
    public void Kind_Undefined_ThrowsListingTheKinds()
    {
        var act = () => JourneyMap.Create("m").Kind((JourneyKind)42);

        act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("kind").WithMessage("*Purchase*Support*");
    }

    [Fact]
    public void Duration_Negative_Throws()
    {
        var act = () => JourneyMap.Create("m").Stage("s", s => s.Step("a", st => st.Duration(TimeSpan.FromSeconds(-1))));

        act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("duration");
    }

    [Fact]
    public void ReviewCadence_NotPositive_Throws()
    {
        var act = () => JourneyMap.Create("m").ReviewCadence(TimeSpan.Zero);

        act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("cadence");
    }

    [Fact]
    public void EditStage_NullConfigure_Throws()
    {
        var act = () => JourneyMap.Create("m").Stage("s").EditStage("s", null!);

        act.Should().Throw<ArgumentNullException>().WithParameterName("configure");
    }
}
