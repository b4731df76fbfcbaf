using JourneyKit.Building;
using JourneyKit.Diffing;
using JourneyKit.Diffing.Patching;
using JourneyKit.Tests.Support;

namespace JourneyKit.Tests.Model;

/// <summary>
/// The model's structural rules are held once, in <see cref="MapIntegrity"/>, which the JSON reader, Apply and Merge end
/// with; <c>Build()</c> checks the same rules as it builds. These tests keep the two from drifting apart: both accept
/// every sound map, and both refuse each kind of unsound map.
/// </summary>
public class MapIntegrityTests
{
    private static JourneyMap Lunch() => JourneyMap.Create("Buy lunch")
        .Persona("Student")
        .Owner("Canteen")
        .Touchpoint("Menu board")
        .Stage("Choose", s => s
            .Step("Reads the menu", st => st.Via("Menu board").Emotion(1).OwnedBy("Canteen"))
            .Step("Queues", st => st.Emotion(-1).PainPoint("The queue is long", PainSeverity.High, "long-queue")
                .Opportunity("Pre-order", o => o.Addresses("long-queue"))))
        .Stage("Pay", s => s.Step("Pays", st => st.Emotion(0)))
        .Branch("reads-the-menu", "pays", "knows what to eat", 0.2m, id: "skip")
        .Build();

    /// <summary>Changes one thing of a sound map without any check, as a hand-edited document or diff could.</summary>
    private static JourneyMap Broken(Action<Func<ElementKind, string, Node>, Node> change)
    {
        var index = new Dictionary<ElementRef, Node>();
        var root = Node.Of(JourneyKit.Model.Shapes.Shapes.Map, Lunch(), null, index);
        change((kind, id) => index[new ElementRef(kind, id)], root);
        return (JourneyMap)root.Build();
    }

    private static void Set(Node node, string property, object? value) => node.Values[node.Shape.PropertyIndex(property)] = value;

    /// <summary>Every way a map can break the rules that <c>ToBuilder().Build()</c> must also refuse.</summary>
    public static TheoryData<string> Breaks =>
    [
        "step id used twice", "invalid step id", "score off the scale", "two emotions for everyone", "emotion of a missing persona",
        "touchpoint listed twice", "blank name", "invisible name", "share above one", "exit with a 'to'", "branch without a 'to'",
        "review cadence of zero", "negative duration", "missing pain point", "missing step",
    ];

    private static JourneyMap Break(string how) => Broken((find, map) =>
    {
        var step = find(ElementKind.Step, "reads-the-menu");
        switch (how)
        {
            case "step id used twice": find(ElementKind.Step, "queues").Id = "pays"; break;
            case "invalid step id": step.Id = "Not An Id"; break;
            case "missing touchpoint": Set(step, "touchpoints", ValueList.Create(["ghost"])); break;
            case "missing owner": Set(step, "owner", "ghost"); break;
            case "score off the scale": Set(step, "emotions", ValueList.Create([new Emotion(9, null, null)])); break;
            case "two emotions for everyone": Set(step, "emotions", ValueList.Create([new Emotion(1, null, null), new Emotion(0, null, null)])); break;
            case "emotion of a missing persona": Set(step, "emotions", ValueList.Create([new Emotion(1, null, "ghost")])); break;
            case "touchpoint listed twice": Set(step, "touchpoints", ValueList.Create(["menu-board", "menu-board"])); break;
            case "blank name": Set(step, "name", "   "); break;
            case "invisible name": Set(step, "name", "\u200B"); break;
            case "unpaired surrogate": Set(step, "actions", ValueList.Create(["reads \uD800"])); break;
            case "share above one": Set(find(ElementKind.Transition, "skip"), "share", 5m); break;
            case "exit with a 'to'": Set(find(ElementKind.Transition, "skip"), "kind", TransitionKind.Exit); break;
            case "branch without a 'to'": Set(find(ElementKind.Transition, "skip"), "to", null); break;
            case "review cadence of zero": Set(map, "reviewCadence", TimeSpan.Zero); break;
            case "negative duration": Set(step, "duration", TimeSpan.FromMinutes(-1)); break;
            case "missing pain point": Set(find(ElementKind.Opportunity, "pre-order"), "addresses", ValueList.Create(["ghost"])); break;
            default: Set(find(ElementKind.Transition, "skip"), "to", "ghost"); break;
        }
    });

    [Fact]
    public void Check_SoundMapsFromCodeAndFromEveryCorpus_FindsNothing()
    {
        MapIntegrity.Check(Lunch()).Should().BeEmpty();
        MapIntegrity.Check(SampleMaps.Complete()).Should().BeEmpty();
        MapIntegrity.Check(HostileLabels.Map()).Should().BeEmpty();
        for (var seed = 0; seed < 300; seed++)
        {
            var map = RandomMaps.Build(seed, maxStages: 5, maxStepsPerStage: 5);
            MapIntegrity.Check(map).Should().BeEmpty($"seed {seed} was built from code");
            MapIntegrity.Check(MapEdits.Edit(map, seed, 6)).Should().BeEmpty($"seed {seed} was edited through the builder");
        }
    }

    [Theory]
    [MemberData(nameof(Breaks))]
    public void Check_AndBuild_RefuseTheSameUnsoundMap(string how)
    {
        var broken = Break(how);

        MapIntegrity.Check(broken).Should().NotBeEmpty($"a map with {how} is not sound");
        broken.Invoking(map => map.ToBuilder().Build()).Should().Throw<Exception>($"Build() must refuse a map with {how} as the model's rules do")
            .Which.Should().Match<Exception>(e => e is JourneyMapBuildException || e is ArgumentException);
    }

    [Fact]
    public void Check_UnpairedSurrogate_IsRefusedAsTheBuilderRefusesItAtTheCall()
    {
        MapIntegrity.Check(Break("unpaired surrogate")).Should().ContainSingle().Which.Message.Should().Contain("unpaired surrogate");
        FluentActions.Invoking(() => JourneyMap.Create("Lunch").Stage("Pay", s => s.Step("Pays", st => st.Action("reads \uD800"))))
            .Should().Throw<ArgumentException>().WithMessage("*unpaired surrogate*");
    }

    [Theory]
    [InlineData("missing touchpoint", "ghost")]
    [InlineData("missing owner", "ghost")]
    public void Check_ReferenceToAMissingCatalogEntry_IsRefusedWhereTheBuilderRegistersIt(string how, string name)
    {
        var broken = Break(how);

        MapIntegrity.Check(broken).Should().ContainSingle().Which.Message.Should().Contain($"'{name}' is not in the map");
        var rebuilt = broken.ToBuilder().Build();
        MapIntegrity.Check(rebuilt).Should().BeEmpty("the builder registers a touchpoint or owner on first use by name");
        (rebuilt.FindTouchpoint(name) ?? (object?)rebuilt.FindOwner(name)).Should().NotBeNull();
    }
}
