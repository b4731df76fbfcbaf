using System.Text.RegularExpressions;

namespace JourneyKit.Rendering;

/// <summary>
/// The colours of a rendered map. Every colour is a hex colour (<c>#rgb</c> or <c>#rrggbb</c>); change one with
/// <c>with</c>, as in <c>RenderTheme.Light with { Emotion = "#000000" }</c>.
/// </summary>
/// <remarks>
/// The built-in themes use the Okabe–Ito palette, which readers with any common colour-vision deficiency can tell
/// apart, and never rely on colour alone: severities, scores and change marks are also written in words and shapes.
/// <see cref="Print"/> is black on white with greys, for printers and photocopies.
/// </remarks>
public sealed partial record RenderTheme
{
    private readonly string _background = "#ffffff";
    private readonly string _surface = "#f6f7f9";
    private readonly string _text = "#1b1f24";
    private readonly string _mutedText = "#4f5660";
    private readonly string _grid = "#c9ced6";
    private readonly string _stage = "#0072b2";
    private readonly string _stageText = "#ffffff";
    private readonly string _emotion = "#0072b2";
    private readonly string _positive = "#009e73";
    private readonly string _negative = "#d55e00";
    private readonly string _painPoint = "#d55e00";
    private readonly string _opportunity = "#009e73";
    private readonly string _backStage = "#cc79a7";
    private readonly string _added = "#009e73";
    private readonly string _removed = "#d55e00";
    private readonly string _changed = "#e69f00";
    private readonly string _moved = "#56b4e9";

    /// <summary>Gets the default theme: dark text on white, Okabe–Ito accents.</summary>
    public static RenderTheme Light { get; } = new();

    /// <summary>Gets a theme of light text on a dark background.</summary>
    public static RenderTheme Dark { get; } = new()
    {
        Background = "#16191d", Surface = "#22272e", Text = "#eef1f4", MutedText = "#b3bac4", Grid = "#444c56",
        Stage = "#56b4e9", StageText = "#0b0d10", Emotion = "#56b4e9", Positive = "#5fd3a8", Negative = "#f0a35e",
        PainPoint = "#f0a35e", Opportunity = "#5fd3a8", BackStage = "#e3a5c8",
    };

    /// <summary>Gets a black-and-white theme for printing.</summary>
    public static RenderTheme Print { get; } = new()
    {
        Surface = "#ffffff", Text = "#000000", MutedText = "#333333", Grid = "#999999", Stage = "#000000", StageText = "#ffffff",
        Emotion = "#000000", Positive = "#000000", Negative = "#000000", PainPoint = "#000000", Opportunity = "#000000",
        BackStage = "#555555", Added = "#000000", Removed = "#000000", Changed = "#000000", Moved = "#000000",
    };

    /// <summary>Gets the page background.</summary>
    public string Background { get => _background; init => _background = Colour(value); }

    /// <summary>Gets the fill of cards and alternate lanes.</summary>
    public string Surface { get => _surface; init => _surface = Colour(value); }

    /// <summary>Gets the main text colour.</summary>
    public string Text { get => _text; init => _text = Colour(value); }

    /// <summary>Gets the colour of secondary text such as lane names and units.</summary>
    public string MutedText { get => _mutedText; init => _mutedText = Colour(value); }

    /// <summary>Gets the colour of lines between lanes and columns.</summary>
    public string Grid { get => _grid; init => _grid = Colour(value); }

    /// <summary>Gets the fill of stage headers.</summary>
    public string Stage { get => _stage; init => _stage = Colour(value); }

    /// <summary>Gets the text colour on stage headers.</summary>
    public string StageText { get => _stageText; init => _stageText = Colour(value); }

    /// <summary>Gets the colour of the emotion curve.</summary>
    public string Emotion { get => _emotion; init => _emotion = Colour(value); }

    /// <summary>Gets the colour of scores above neutral.</summary>
    public string Positive { get => _positive; init => _positive = Colour(value); }

    /// <summary>Gets the colour of scores below neutral.</summary>
    public string Negative { get => _negative; init => _negative = Colour(value); }

    /// <summary>Gets the accent of pain points.</summary>
    public string PainPoint { get => _painPoint; init => _painPoint = Colour(value); }

    /// <summary>Gets the accent of opportunities.</summary>
    public string Opportunity { get => _opportunity; init => _opportunity = Colour(value); }

    /// <summary>Gets the accent of back-stage items.</summary>
    public string BackStage { get => _backStage; init => _backStage = Colour(value); }

    /// <summary>Gets the mark of added elements in a visual diff.</summary>
    public string Added { get => _added; init => _added = Colour(value); }

    /// <summary>Gets the mark of removed elements in a visual diff.</summary>
    public string Removed { get => _removed; init => _removed = Colour(value); }

    /// <summary>Gets the mark of changed elements in a visual diff.</summary>
    public string Changed { get => _changed; init => _changed = Colour(value); }

    /// <summary>Gets the mark of moved or reordered elements in a visual diff.</summary>
    public string Moved { get => _moved; init => _moved = Colour(value); }

    private static string Colour(string value, [System.Runtime.CompilerServices.CallerMemberName] string property = "")
    {
        ArgumentNullException.ThrowIfNull(value, property);
        return HexColour().IsMatch(value)
            ? value.ToLowerInvariant()
            : throw new ArgumentException($"'{value}' is not a hex colour such as #1b1f24 or #fff.", property);
    }

    [GeneratedRegex("^#(?:[0-9a-fA-F]{3}|[0-9a-fA-F]{6})$")]
    private static partial Regex HexColour();
}
