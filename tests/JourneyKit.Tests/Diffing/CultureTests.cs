using System.Globalization;
using JourneyKit.Diffing;
using JourneyKit.Rendering;
using JourneyKit.Serialization.Mermaid;
using JourneyKit.Validation;

namespace JourneyKit.Tests.Diffing;

/// <summary>
/// Negative numbers in everything written for people (changelog, visual diff, validation, Mermaid losses) look the
/// same whatever the thread's culture: no Arabic letter mark or direction mark sneaks in (the changelog's own minus
/// sign, U+2212, is typography it always uses).
/// </summary>
public class CultureTests
{
    private static readonly string[] DirectionMarks = ["\u061C", "\u200E", "\u200F"];

    [Theory]
    [InlineData("ar-SA")]
    [InlineData("fa-IR")]
    public void Texts_NegativeScoresUnderARightToLeftCulture_AreWrittenAsInTheInvariantCulture(string culture)
    {
        var before = JourneyMap.Create("Lunch").EmotionScale(-3, 3).Persona("Student").Persona("Teacher")
            .Stage("Pay", s => s.Step("Pays", st => st.Emotion(-1).Emotion(-2, persona: "Student")))
            .Build();
        var after = JourneyMap.Create("Lunch").EmotionScale(-3, 3).Persona("Student").Persona("Teacher")
            .Stage("Pay", s => s.Step("Pays", st => st.Emotion(-3).Emotion(-1, persona: "Student")))
            .Build();

        string[] Texts() =>
        [
            DiffSummary.Of(before, after).ToText(),
            DiffSummary.Of(before, after).ToMarkdown(),
            JourneyMapHtml.Default.RenderDiff(before, after),
            JourneyMapSvg.Default.RenderDiff(before, after),
            JourneyDiff.Compare(before, after).ToString(),
            string.Join("\n", after.Validate().Issues.Select(i => i.Message)),
            string.Join("\n", JourneyMapMermaid.Default.Export(after).Losses),
            after.Steps.Single().Emotions[1].ToString(),
            after.EmotionScale.ToString(),
            ReadError(JourneyKit.Serialization.Json.JourneyMapJson.Default.Serialize(after).Replace("\"score\": -3", "\"score\": -7", StringComparison.Ordinal)),
        ];

        var invariant = WithCulture(CultureInfo.InvariantCulture, Texts);
        var local = WithCulture(CultureInfo.GetCultureInfo(culture), Texts);

        local.Should().Equal(invariant);
        local.Should().OnlyContain(text => !DirectionMarks.Any(mark => text.Contains(mark, StringComparison.Ordinal)));
        invariant[0].Should().Contain("-3");
        invariant[^1].Should().Contain("-7", "the reader's message names the score off the scale");
    }

    private static string ReadError(string json)
    {
        try
        {
            JourneyKit.Serialization.Json.JourneyMapJson.Default.Deserialize(json);
            return "read";
        }
        catch (JourneyKit.Serialization.JourneyFormatException ex)
        {
            return ex.Message;
        }
    }

    private static T WithCulture<T>(CultureInfo culture, Func<T> run)
    {
        var (current, ui) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = culture;
        try
        {
            return run();
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = (current, ui);
        }
    }
}
