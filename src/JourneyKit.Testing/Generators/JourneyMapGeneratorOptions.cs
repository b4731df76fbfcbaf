namespace JourneyKit.Testing.Generators;

/// <summary>What the random maps of <see cref="JourneyMapGenerator"/> hold: their size, their languages, hostile text, transitions.</summary>
public sealed record JourneyMapGeneratorOptions
{
    /// <summary>The languages the generator writes labels in: English, German, Simplified Chinese, Bulgarian, Norwegian Bokmål.</summary>
    public static ValueList<string> SupportedLanguages { get; } = ["en", "de", "zh", "bg", "nb"];

    /// <summary>Gets the options the generator uses when none are given: up to 4 stages of up to 4 steps, in English, with transitions.</summary>
    public static JourneyMapGeneratorOptions Default { get; } = new();

    /// <summary>Gets the most stages a map has (at least one).</summary>
    public int MaxStages
    {
        get;
        init => field = value is >= 1 and <= 1_000 ? value : throw new ArgumentOutOfRangeException(nameof(MaxStages), value, "From 1 to 1,000 stages.");
    } = 4;

    /// <summary>Gets the most steps a stage has (at least one).</summary>
    public int MaxStepsPerStage
    {
        get;
        init => field = value is >= 1 and <= 1_000 ? value : throw new ArgumentOutOfRangeException(nameof(MaxStepsPerStage), value, "From 1 to 1,000 steps.");
    } = 4;

    /// <summary>Gets the languages of the labels, picked at random per map; codes from <see cref="SupportedLanguages"/>.</summary>
    public ValueList<string> Languages
    {
        get;
        init
        {
            if (value.IsEmpty || value.Any(language => !SupportedLanguages.Contains(language)))
            {
                throw new ArgumentException($"Languages must be one or more of {string.Join(", ", SupportedLanguages)}; got [{string.Join(", ", value)}].", nameof(Languages));
            }

            field = value;
        }
    } = ["en"];

    /// <summary>
    /// Gets whether labels also carry hostile text: quotes, markup and script, formula prefixes, placeholders, control and
    /// bidirectional characters, combining marks and emoji, as users paste them.
    /// </summary>
    public bool HostileText { get; init; }

    /// <summary>Gets whether maps have non-linear paths: branches, loops and exits between steps.</summary>
    public bool Transitions { get; init; } = true;
}
