using JourneyKit.Diffing;
using JourneyKit.Localization;
using JourneyKit.Model.Shapes;
using JourneyKit.Samples.Maps;
using JourneyKit.Serialization.Json;
using JourneyKit.Tests.Support;

namespace JourneyKit.Tests.Diffing;

/// <summary>Changes, changelogs and merge conflicts in the languages JourneyKit ships, from the texts of <c>Changes.resx</c>.</summary>
public class ChangeLanguageTests
{
    private static readonly JourneyLanguage German = JourneyLanguage.German;
    private static readonly JourneyLanguage Chinese = JourneyLanguage.SimplifiedChinese;

    private static JourneyChange OnlyChange(Action<JourneyKit.Building.JourneyMapBuilder> change) =>
        JourneyDiff.Compare(DiffMaps.Lunch(), DiffMaps.Lunch(change)).Changes.Should().ContainSingle().Subject;

    [Fact]
    public void Describe_AddedPainPoint_NamesItsKindAndPlaceInGermanAndChinese()
    {
        var change = OnlyChange(m => m.EditStage("Pay", s => s.EditStep("Pays at the till", st => st.PainPoint("The card reader is slow", PainSeverity.Medium))));

        change.Describe(German).Should().Be("Schmerzpunkt hinzugefügt: Pay › Pays at the till › Schmerzpunkt „The card reader is slow“");
        change.Describe(Chinese).Should().Be("新增痛点：Pay › Pays at the till › 痛点“The card reader is slow”");
    }

    [Fact]
    public void Describe_RemovedStep_SaysItWasRemovedInGermanAndChinese()
    {
        var change = OnlyChange(m => m.EditStage("Choose", s => s.RemoveStep("Picks a dish")));

        change.Describe(German).Should().Be("Schritt entfernt: Choose › Picks a dish");
        change.Describe(Chinese).Should().Be("删除步骤：Choose › Picks a dish");
    }

    [Fact]
    public void Describe_RenamedStepMatchedBySimilarity_WritesTheConfidenceWithTheLanguagesDecimalSeparator()
    {
        var change = OnlyChange(m => m.EditStage("Choose", s => s.RemoveStep("Queues")
            .Step("Queues for food", st => st.Emotion(-1).PainPoint("The queue is long", PainSeverity.High))
            .RemoveStep("Picks a dish").Step("Picks a dish", st => st.Emotion(1))));
        var confidence = change.Confidence.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture);

        change.Describe(German).Should().Be(
            $"Schritt umbenannt von „Queues“ in „Queues for food“ (ID queues → queues-for-food, per Ähnlichkeit zugeordnet, Konfidenz {confidence.Replace('.', ',')})");
        change.Describe(Chinese).Should().Be(
            $"将步骤 “Queues” 重命名为 “Queues for food”（ID queues → queues-for-food，按相似度匹配，置信度 {confidence}）");
    }

    [Fact]
    public void Describe_ChangedEmotions_TranslatesThePropertyAndKeepsTheScoresAndLabels()
    {
        var change = OnlyChange(m => m.EditStage("Choose", s => s.EditStep("Queues", st => st.ClearEmotions().Emotion(1, "relieved"))));

        change.Description.Should().Be("Changed emotions of Choose › Queues from -1 to +1 (relieved)");
        change.Describe(German).Should().Be("Emotionen bei Choose › Queues geändert von -1 auf +1 (relieved)");
        change.Describe(Chinese).Should().Be("Choose › Queues 的情绪从 -1 改为 +1（relieved）");
    }

    [Fact]
    public void Describe_ChangedSeverity_TranslatesTheValue()
    {
        var change = OnlyChange(m => m.EditStage("Choose", s => s.EditStep("Queues", st => st.EditPainPoint("The queue is long", p => p.Severity(PainSeverity.Critical)))));

        change.Description.Should().Be("Changed severity of Choose › Queues › pain point 'The queue is long' from high to critical");
        change.Describe(German).Should().Be("Schweregrad bei Choose › Queues › Schmerzpunkt „The queue is long“ geändert von hoch auf kritisch");
        change.Describe(Chinese).Should().Be("Choose › Queues › 痛点“The queue is long” 的严重程度从 高 改为 严重");
    }

    [Fact]
    public void Describe_ChangedMetricActual_WritesTheNumberWithTheLanguagesDecimalSeparator()
    {
        var change = OnlyChange(m => m.EditStage("Pay", s => s.EditMetric("Time to pay", q => q.Actual(32.5m))));

        change.Description.Should().Be("Changed actual of Pay › metric 'Time to pay' from 45 to 32.5");
        change.Describe(German).Should().Be("Istwert bei Pay › Kennzahl „Time to pay“ geändert von 45 auf 32,5");
        change.Describe(Chinese).Should().Be("Pay › 指标“Time to pay” 的实际值从 45 改为 32.5");
    }

    [Fact]
    public void Describe_StepMovedToAnotherStage_NamesBothParentsByKindAndId()
    {
        var change = OnlyChange(m => m
            .EditStage("Choose", s => s.RemoveStep("Queues"))
            .EditStage("Pay", s => s.Step("Queues", st => st.Emotion(-1).PainPoint("The queue is long", PainSeverity.High))));

        change.Describe(German).Should().Be("Schritt Pay › Queues verschoben von Phase choose nach Phase pay");
        change.Describe(Chinese).Should().Be("将步骤 Pay › Queues 从 阶段 choose 移至 阶段 pay");
    }

    [Fact]
    public void Describe_StepReordered_CountsPositionsFromOne()
    {
        var change = OnlyChange(m => m.EditStage("Choose", s => s.RemoveStep("Reads the menu")
            .Step("Reads the menu", st => st.Via("Menu board").Emotion(1).OwnedBy("Canteen").Description("Looks at today's dishes"))));

        change.Describe(German).Should().Be("Schritt Choose › Reads the menu umsortiert von Position 1 auf 3");
        change.Describe(Chinese).Should().Be("将步骤 Choose › Reads the menu 从第 1 位调至第 3 位");
    }

    [Fact]
    public void Describe_LabelWithPlaceholders_ShowsThemLiterally()
    {
        var change = OnlyChange(m => m.EditStage("Choose", s => s.EditStep("Picks a dish", st => st.Description("Pays {0} for {1}"))));

        change.Describe(German).Should().Be("Beschreibung bei Choose › Picks a dish geändert von (keine Angabe) auf „Pays {0} for {1}“");
        var summary = DiffSummary.Of(DiffMaps.Lunch(), DiffMaps.Lunch(m => m.Title("Lunch {0}").EditStage("Choose", s => s.Name("Choose {1}"))));
        summary.ToMarkdown(German).Should().Contain("# Änderungen an „Lunch {0}“").And.Contain("### Phase „Choose {1}“");
    }

    [Fact]
    public void Describe_English_IsTheDescription()
    {
        foreach (var change in JourneyDiff.Compare(OnlineShoePurchase.Build(3), OnlineShoePurchase.Build(4)).Changes)
        {
            change.Describe(JourneyLanguage.English).Should().Be(change.Description);
        }
    }

    [Fact]
    public void Describe_ChangeReadFromJson_KeepsTheWrittenLocationAndEqualsTheOriginal()
    {
        var diff = JourneyDiff.Compare(DiffMaps.Lunch(), DiffMaps.Lunch(m => m.EditStage("Choose", s => s.EditStep("Queues", st => st.EditPainPoint("The queue is long", p => p.Severity(PainSeverity.Critical))))));

        var read = JourneyDiffJson.Default.Deserialize(JourneyDiffJson.Default.Serialize(diff));

        read.Should().Be(diff);
        read.Changes[0].Describe(German).Should().Be("Schweregrad bei Choose › Queues › pain point 'The queue is long' geändert von hoch auf kritisch");
    }

    [Fact]
    public void ToMarkdown_German_WritesHeadingsTrendsAndNumbersWithADecimalComma()
    {
        var summary = DiffSummary.Of(DiffMaps.Lunch(), DiffMaps.Lunch(m => m.EditStage("Pay", s => s.EditMetric("Time to pay", q => q.Actual(32.5m)))));

        var markdown = summary.ToMarkdown(German);

        markdown.Should().StartWith("# Änderungen an „Buy lunch“\n\n1 Änderung.\n\n## Das Wichtigste\n\n");
        markdown.Should().Contain("| Kennzahl | Wo | Vorher | Nachher | Zielwert | Trend |");
        markdown.Should().Contain("| Time to pay | Pay | 45 | 32,5 | 30 | auf das Ziel zu |");
        markdown.Should().Contain("### Phase „Pay“\n\n- Istwert bei Pay › Kennzahl „Time to pay“ geändert von 45 auf 32,5\n");
        summary.ToText(German).Should().Contain("- Time to pay (Pay): 45 → 32,5, Zielwert 30: auf das Ziel zu").And.Contain("KENNZAHLEN");
    }

    [Fact]
    public void ToMarkdown_NoLanguage_IsEnglishAsBefore()
    {
        var summary = DiffSummary.Of(DiffMaps.Lunch(), DiffMaps.Lunch(m => m.EditStage("Pay", s => s.EditMetric("Time to pay", q => q.Actual(32.5m)))));

        summary.ToMarkdown().Should().Be(summary.ToMarkdown(JourneyLanguage.English)).And.StartWith("# Changes to “Buy lunch”\n\n1 change.\n")
            .And.Contain("| Time to pay | Pay | 45 | 32.5 | 30 | toward target |");
        summary.ToText().Should().Be(summary.ToText(JourneyLanguage.English)).And.Be(summary.ToString());
    }

    [Fact]
    public void ToText_EveryBuiltInLanguage_TranslatesTheHeadings()
    {
        var summary = DiffSummary.Of(OnlineShoePurchase.Build(3), OnlineShoePurchase.Build(4));

        foreach (var language in JourneyLanguage.BuiltIn.Skip(1))
        {
            var text = summary.ToText(language);
            text.Should().NotContain("Changes to").And.NotContain("HIGHLIGHTS").And.NotContain("toward target", $"{language} translates the changelog");
            text.Should().Contain(language["Log.Highlights"].ToUpperInvariant());
        }
    }

    [Fact]
    public void Describe_MergeConflict_DescribesBothSidesInTheLanguage()
    {
        var conflict = JourneyDiff.Merge(DiffMaps.Lunch(), DiffMaps.Lunch(m => m.EditStage("Pay", s => s.Goal("Pay fast"))), DiffMaps.Lunch(m => m.EditStage("Pay", s => s.Goal("Pay safely"))))
            .Conflicts.Should().ContainSingle().Subject;

        conflict.Message.Should().Be("Changed differently on both sides: ours Changed goal of Pay from (none) to \"Pay fast\"; theirs Changed goal of Pay from (none) to \"Pay safely\"");
        conflict.Describe(German).Should().Be(
            "Auf beiden Seiten unterschiedlich geändert: bei uns Ziel bei Pay geändert von (keine Angabe) auf „Pay fast“; bei ihnen Ziel bei Pay geändert von (keine Angabe) auf „Pay safely“");
    }

    [Fact]
    public void Element_EveryKind_HasAWordInEveryLanguage()
    {
        foreach (var language in JourneyLanguage.BuiltIn)
        {
            foreach (var kind in Enum.GetValues<ElementKind>())
            {
                ChangeWords.Element(language, kind).Should().NotBeNullOrWhiteSpace($"{language} names {kind}");
            }
        }

        Enum.GetValues<ElementKind>().Select(k => ChangeWords.Element(JourneyLanguage.English, k)).Should().Equal(Enum.GetValues<ElementKind>().Select(ElementKinds.ReadableWord));
        Enum.GetValues<ElementKind>().Select(k => ChangeWords.Element(German, k)).Should().OnlyHaveUniqueItems();
    }

    [Fact]
    public void Property_EveryPropertyOfEveryKind_HasAWordInEveryLanguage()
    {
        var properties = Enum.GetValues<ElementKind>().Select(Shapes.Of).SelectMany(s => Enumerable.Range(0, s.PropertyCount).Select(s.PropertyName)).Distinct().ToList();

        foreach (var property in properties)
        {
            JourneyLanguage.Keys.Should().Contain("Property." + property, "each property a change names has a word");
            JourneyLanguage.English["Property." + property].Should().Be(property, "English names a property as the JSON format does");
        }
    }

    [Fact]
    public void Value_EveryWordOfEveryEnumProperty_HasATranslation()
    {
        var codecs = Enum.GetValues<ElementKind>().Select(Shapes.Of).SelectMany(s => Enumerable.Range(0, s.PropertyCount).Select(s.Codec)).Where(c => c.ValueType.IsEnum);

        foreach (var codec in codecs)
        {
            foreach (var value in Enum.GetValues(codec.ValueType))
            {
                JourneyLanguage.Keys.Should().Contain("Value." + codec.Show(value), "each word a change shows has a translation");
            }
        }
    }
}
