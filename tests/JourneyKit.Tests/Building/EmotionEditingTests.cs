using JourneyKit.Building;
using JourneyKit.Diffing;

namespace JourneyKit.Tests.Building;

/// <summary>A step's feelings while editing: a new one replaces what the map had, clears remove, duplicates written in code stay errors.</summary>
public class EmotionEditingTests
{
    private static JourneyMap Lunch() => JourneyMap.Create("Lunch")
        .Persona("Student")
        .Persona("Teacher")
        .Stage("Pay", s => s.Step("Queues", st => st.Emotion(-1, "annoyed").Emotion(-2, "late", persona: "Student").Emotion(0, persona: "Teacher")))
        .Build();

    private static Step Queues(JourneyMap map) => map.FindStep("queues")!;

    [Fact]
    public void Emotion_WhileEditing_ReplacesTheFeelingForEveryoneInPlace()
    {
        var map = Lunch();

        var next = map.ToBuilder().EditStage("pay", s => s.EditStep("queues", st => st.Emotion(1, "calm"))).Build();

        Queues(next).Emotion.Should().Be(new Emotion(1, "calm", null));
        Queues(next).Emotions.Select(e => e.PersonaId).Should().Equal(Queues(map).Emotions.Select(e => e.PersonaId), "replacing keeps the order");
        JourneyDiff.Compare(map, next).Changes.Should().ContainSingle(c => c.Kind == ChangeKind.PropertyChanged && c.ElementId == "queues");
    }

    [Fact]
    public void Emotion_WhileEditingForAPersonaByName_ReplacesThatPersonasFeeling()
    {
        var next = Lunch().ToBuilder().EditStage("pay", s => s.EditStep("queues", st => st.Emotion(2, "on time", persona: "Student"))).Build();

        Queues(next).EmotionFor("student").Should().Be(new Emotion(2, "on time", "student"));
        Queues(next).EmotionFor("teacher")!.Score.Should().Be(0);
        Queues(next).Emotion!.Label.Should().Be("annoyed");
    }

    [Fact]
    public void ClearEmotion_ForEveryoneOrAPersona_RemovesOnlyThatFeeling()
    {
        var next = Lunch().ToBuilder().EditStage("pay", s => s.EditStep("queues", st => st.ClearEmotion().ClearEmotion("teacher"))).Build();

        Queues(next).Emotions.Should().Equal(new Emotion(-2, "late", "student"));
    }

    [Fact]
    public void ClearEmotion_ThenEmotion_SetsTheFeelingAgain()
    {
        var next = Lunch().ToBuilder().EditStage("pay", s => s.EditStep("queues", st => st.ClearEmotion(persona: "Student").Emotion(1, persona: "Student"))).Build();

        Queues(next).EmotionFor("student").Should().Be(new Emotion(1, null, "student"));
    }

    [Fact]
    public void ClearEmotions_RemovesEveryFeeling()
    {
        var next = Lunch().ToBuilder().EditStage("pay", s => s.EditStep("queues", st => st.ClearEmotions().Emotion(0))).Build();

        Queues(next).Emotions.Should().Equal(new Emotion(0, null, null));
    }

    [Fact]
    public void Emotion_TwiceForOnePersonaInCode_IsStillABuildProblem()
    {
        var act = () => JourneyMap.Create("Lunch").Persona("Student")
            .Stage("Pay", s => s.Step("Queues", st => st.Emotion(1, persona: "Student").Emotion(2, persona: "student")))
            .Build();

        act.Should().Throw<JourneyMapBuildException>().WithMessage("*two emotions for persona 'student'*");
    }

    [Fact]
    public void Emotion_TwiceWhileEditing_IsABuildProblem()
    {
        var act = () => Lunch().ToBuilder().EditStage("pay", s => s.EditStep("queues", st => st.Emotion(1).Emotion(2))).Build();

        act.Should().Throw<JourneyMapBuildException>().WithMessage("*two emotions for every persona*");
    }

    [Fact]
    public void ClearEmotion_NoSuchFeeling_ChangesNothing()
    {
        var map = JourneyMap.Create("Lunch").Persona("Student").Stage("Pay", s => s.Step("Queues", st => st.Emotion(1))).Build();

        map.ToBuilder().EditStage("pay", s => s.EditStep("queues", st => st.ClearEmotion("Student"))).Build().Should().Be(map);
    }
}
