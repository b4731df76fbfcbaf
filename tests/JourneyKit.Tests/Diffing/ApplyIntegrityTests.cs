using JourneyKit.Serialization.Json;
using JourneyKit.Tests.Support;
using System.Text.Json.Nodes;
using JourneyKit.Diffing;

namespace JourneyKit.Tests.Diffing;

/// <summary>
/// Hand-made and edited diffs: <see cref="JourneyDiff.Apply"/> either gives a map every engine accepts or fails with
/// <see cref="JourneyPatchException"/> listing each problem with its path; it never throws anything else.
/// </summary>
public class ApplyIntegrityTests
{
    private static readonly JourneyMap Base = DiffMaps.Lunch();

    /// <summary>Compares the lunch map with an edit of it, lets the test change the diff's JSON, and reads it back.</summary>
    private static JourneyDiff Edited(Action<JourneyKit.Building.JourneyMapBuilder> edit, Action<JsonArray> change)
    {
        var json = JsonNode.Parse(JourneyDiffJson.Default.Serialize(JourneyDiff.Compare(Base, DiffMaps.Lunch(edit))))!;
        change(json["changes"]!.AsArray());
        return JourneyDiffJson.Default.Deserialize(json.ToJsonString());
    }

    private static JourneyPatchException Refused(JourneyDiff diff) =>
        FluentActions.Invoking(() => JourneyDiff.Apply(Base, diff)).Should().Throw<JourneyPatchException>().Which;

    [Fact]
    public void Apply_SameStepAddedTwice_IsDrift()
    {
        var diff = Edited(m => m.EditStage("Pay", s => s.Step("Says thanks")), changes => changes.Add(changes[0]!.DeepClone()));

        Refused(diff).Drift.Should().ContainSingle().Which.Message.Should().Contain("adds a step with id 'says-thanks' twice");
        JourneyDiff.FindDrift(Base, diff).Should().ContainSingle();
    }

    [Fact]
    public void Apply_TitleSetToTwoValues_IsDrift()
    {
        var diff = Edited(m => m.Title("Buy food"), changes =>
        {
            var second = changes[0]!.DeepClone();
            second["after"] = "Buy drinks";
            changes.Add(second);
        });

        Refused(diff).Drift.Should().ContainSingle().Which.Message.Should().Contain("changes title of a map 'buy-lunch' twice");
    }

    [Fact]
    public void Apply_IdRenamedOntoAnExistingId_ListsTheDuplicate()
    {
        var diff = Edited(
            m => m.EditStage("Choose", s => s.RemoveStep("Queues").Step("Queues for food", st => st.Emotion(-1).PainPoint("The queue is long", PainSeverity.High))
                .RemoveStep("Picks a dish").Step("Picks a dish", st => st.Emotion(1))),
            changes => changes[0]!["id"] = "picks-a-dish");

        var error = Refused(diff);

        error.Problems.Should().ContainSingle().Which.Should().Match<JourneyKit.Building.BuildProblem>(p => p.Path.Value == "/stages/choose/steps/picks-a-dish" && p.Message.Contains("used by two steps"));
        error.Message.Should().Contain("/stages/choose/steps/picks-a-dish");
    }

    [Fact]
    public void Apply_ScaleNarrowedBelowExistingScores_ListsEachScoreOffTheScale()
    {
        var diff = Edited(m => m.EmotionScale(-3, 3), changes => changes[0]!["after"] = new JsonObject { ["min"] = 0, ["max"] = 1 });

        Refused(diff).Problems.Select(p => p.Path.Value).Should().Equal("/stages/choose/steps/queues/emotion");
    }

    [Fact]
    public void Apply_ScoreOf99_IsAProblemAtTheEmotion()
    {
        var diff = Edited(m => m.EditStage("Pay", s => s.RemoveStep("Gets a receipt").Step("Gets a receipt", st => st.Emotion(1))), changes => changes[0]!["after"]![0]!["score"] = 99);

        Refused(diff).Problems.Should().ContainSingle().Which.Path.Value.Should().Be("/stages/pay/steps/gets-a-receipt/emotion");
    }

    [Fact]
    public void Apply_ReferenceToAMissingTouchpoint_IsAProblemAtTheReference()
    {
        var diff = Edited(m => m.EditStage("Choose", s => s.EditStep("Queues", st => st.Via("App"))), changes => changes[0]!["after"] = new JsonArray("ghost"));

        var problem = Refused(diff).Problems.Should().ContainSingle().Subject;

        problem.Path.Value.Should().Be("/stages/choose/steps/queues/touchpoints");
        problem.Message.Should().Contain("'ghost'");
    }

    [Fact]
    public void Apply_EmotionOfAMissingPersona_IsAProblemAtTheEmotion()
    {
        var diff = Edited(m => m.Persona("Student").EditStage("Pay", s => s.RemoveStep("Gets a receipt").Step("Gets a receipt", st => st.Emotion(0).Emotion(1, persona: "Student"))), changes =>
        {
            changes.RemoveAt(changes.Select((c, i) => (c, i)).Single(x => (string?)x.c!["element"] == "persona").i);
            var emotions = changes.Single(c => (string?)c!["property"] == "emotions")!;
            emotions["after"]![1]!["persona"] = "ghost";
        });

        var problem = Refused(diff).Problems.Should().ContainSingle().Subject;

        problem.Path.Value.Should().Be("/stages/pay/steps/gets-a-receipt/emotions/ghost");
        problem.Message.Should().Contain("persona 'ghost' is not in the map");
    }

    [Theory]
    [InlineData("share", "5", "/transitions/skip/share", "not a fraction between 0 and 1")]
    [InlineData("kind", "\"exit\"", "/transitions/skip/to", "An exit leads out of the journey and has no 'to'")]
    public void Apply_TransitionTheReaderWouldRefuse_IsAProblemAtIt(string property, string value, string path, string message)
    {
        var diff = Edited(m => m.Branch("queues", "pays-at-the-till", "skips", 0.5m, id: "skip"), changes => changes[0]!["after"]![property] = JsonNode.Parse(value));

        var problem = Refused(diff).Problems.Should().ContainSingle().Subject;

        problem.Path.Value.Should().Be(path);
        problem.Message.Should().Contain(message);
    }

    [Fact]
    public void Apply_BlankName_IsAProblemAtTheName()
    {
        var diff = Edited(m => m.EditStage("Pay", s => s.EditStep("Gets a receipt", st => st.Name("Gets the receipt"))), changes => changes[0]!["after"] = "\u200B");

        Refused(diff).Problems.Should().ContainSingle().Which.Message.Should().Contain("no visible character");
    }

    [Fact]
    public void Apply_DiffThatIgnoredStepTouchpoints_RefusesToDropATouchpointAStepStillUses()
    {
        var before = JourneyMap.Create("Lunch").Stage("Pay", s => s.Step("Pays", st => st.Via("Till", "App"))).Build();
        var after = JourneyMap.Create("Lunch").Stage("Pay", s => s.Step("Pays", st => st.Via("Till"))).Build();
        var diff = JourneyDiff.Compare(before, after, DiffOptions.Default with { IgnoredProperties = ["step.touchpoints"] });

        var error = FluentActions.Invoking(() => JourneyDiff.Apply(before, diff)).Should().Throw<JourneyPatchException>().Which;

        error.Problems.Should().ContainSingle().Which.Path.Value.Should().Be("/stages/pay/steps/pays/touchpoints");
    }

    [Fact]
    public void Apply_MapMoved_IsDriftNotACrash()
    {
        var diff = Edited(m => m.Title("Buy food"), changes =>
        {
            var change = changes[0]!;
            change["change"] = "moved";
            change.AsObject().Remove("property");
            change.AsObject().Remove("before");
            change.AsObject().Remove("after");
            change["from"] = new JsonObject { ["kind"] = "map", ["id"] = "buy-lunch", ["index"] = 0 };
            change["to"] = new JsonObject { ["kind"] = "map", ["id"] = "buy-lunch", ["index"] = 1 };
        });

        Refused(diff).Drift.Should().ContainSingle().Which.Message.Should().Contain("the map itself cannot be removed, moved or reordered");
    }

    [Fact]
    public void Apply_AddedChangeWithoutAPlace_IsDriftNotACrash()
    {
        var step = DiffMaps.Lunch(m => m.EditStage("Pay", s => s.Step("Says thanks"))).FindStep("says-thanks")!;
        var change = new JourneyChange(ChangeKind.Added, ElementKind.Step, "says-thanks", null, null, null, step, null, null, null, null, 1, JourneyPath.Root, "Says thanks", null);
        var diff = new JourneyDiff(ValueList.From([change]));

        Refused(diff).Drift.Should().ContainSingle().Which.Message.Should().Contain("'to' is missing");
        JourneyDiff.FindDrift(Base, diff).Should().ContainSingle();
    }

    [Fact]
    public void Apply_DiffOfTwoSoundMaps_GivesAMapThatReadsBackFromItsJson()
    {
        var after = DiffMaps.Lunch(m => m.EditStage("Pay", s => s.Step("Says thanks", st => st.Emotion(2))).Title("Buy food"));

        var applied = JourneyDiff.Apply(Base, JourneyDiff.Compare(Base, after));

        JourneyKit.Serialization.Json.JourneyMapJson.Default.Deserialize(JourneyKit.Serialization.Json.JourneyMapJson.Default.Serialize(applied)).Should().Be(after);
        applied.ToBuilder().Build().Should().Be(after);
    }
}
