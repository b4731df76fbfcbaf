using System.Globalization;

namespace JourneyKit;

/// <summary>The range of emotion scores a map uses, from most negative to most positive.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record EmotionScale
{
    /// <summary>The widest scale allowed: scores between -100 and +100.</summary>
    public const int Limit = 100;

    /// <summary>Creates a scale from <paramref name="min"/> to <paramref name="max"/>.</summary>
    /// <param name="min">The most negative score.</param>
    /// <param name="max">The most positive score.</param>
    /// <exception cref="ArgumentOutOfRangeException">The bounds are outside ±<see cref="Limit"/> or <paramref name="min"/> is not below <paramref name="max"/>.</exception>
    public EmotionScale(int min, int max)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(min, -Limit);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(max, Limit);
        if (min >= max)
        {
            throw new ArgumentOutOfRangeException(nameof(max), max, "The scale's maximum must be greater than its minimum (" + min.ToString(CultureInfo.InvariantCulture) + ").");
        }

        Min = min;
        Max = max;
    }

    /// <summary>The default scale, from -2 (very negative) to +2 (very positive).</summary>
    public static EmotionScale Default { get; } = new(-2, 2);

    /// <summary>Gets the most negative score.</summary>
    public int Min { get; }

    /// <summary>Gets the most positive score.</summary>
    public int Max { get; }

    /// <summary>Tells whether <paramref name="score"/> is on the scale.</summary>
    /// <param name="score">The score.</param>
    /// <returns><see langword="true"/> when the score is between <see cref="Min"/> and <see cref="Max"/>.</returns>
    public bool Contains(int score) => score >= Min && score <= Max;

    /// <summary>Returns the scale as <c>-2..+2</c>.</summary>
    /// <returns>The description.</returns>
    public override string ToString() => Min.ToString(CultureInfo.InvariantCulture) + ".." + Presentation.MapText.Score(Max);
}
