namespace JourneyKit;

/// <summary>How the customer feels at a step: a score on the map's <see cref="EmotionScale"/>, optionally for one persona.</summary>
/// <remarks>Immutable and thread-safe; equal when all properties are equal.</remarks>
public sealed record Emotion
{
    internal Emotion(int score, string? label, string? personaId)
    {
        Score = score;
        Label = label;
        PersonaId = personaId;
    }

    /// <summary>Gets the score, between the map's <see cref="EmotionScale.Min"/> and <see cref="EmotionScale.Max"/>.</summary>
    public int Score { get; }

    /// <summary>Gets the feeling in words, such as "frustrated", if given.</summary>
    public string? Label { get; }

    /// <summary>Gets the id of the persona who feels this, or <see langword="null"/> when it holds for every persona.</summary>
    public string? PersonaId { get; }

    /// <inheritdoc />
    public override string ToString() => Presentation.MapText.Score(Score) + (Label is null ? "" : " (" + Label + ")") + (PersonaId is null ? "" : " for " + PersonaId);
}
