using System.Globalization;

namespace JourneyKit.Testing.Assertions;

/// <summary>Emotion scores as a journey map writes them: with their sign.</summary>
internal static class Emotions
{
    public static string Score(int score) => score.ToString("+0;-0;0", CultureInfo.InvariantCulture);
}
