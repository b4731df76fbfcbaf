using JourneyKit.Building;
using JourneyKit.Localization;
using JourneyKit.Validation;

namespace JourneyKit.Tests.Validation;

/// <summary>Validation speaks the language it is given: the built-in rules' messages, the report's text and custom rules through the context.</summary>
public class ValidationLanguageTests
{
    private static ValidationReport Validate(Func<JourneyMapBuilder> map, JourneyLanguage? language, ValidationRuleSet? rules = null) =>
        map().Build().Validate(rules, ValidationMaps.Today, language);

    [Fact]
    public void Validate_German_WritesStageMessagesInGerman()
    {
        var report = Validate(() => ValidationMaps.Clean().Stage("Eat", s => s.Step("Eats")), JourneyLanguage.German);

        report.Language.Should().Be(JourneyLanguage.German);
        report.IssuesOf("JK1004").Single().Message.Should().Be(
            "Die Phase 'Eat' (eat) hat keine Verantwortlichen; jede Phase braucht jemanden, der verantwortlich ist. Legen Sie sie mit .OwnedBy(\"...\") an der Phase fest.");
        report.IssuesOf("JK1006").Single().Message.Should().StartWith("Kein Schritt der Phase 'Eat' (eat) nutzt einen Berührungspunkt;");
    }

    [Fact]
    public void Validate_German_NamesTheTextsPlaceInGerman()
    {
        var report = Validate(() => ValidationMaps.Clean().EditStage("pay", s => s.EditStep("pays", st => st.Name("Pays\u0007"))), JourneyLanguage.German);

        report.IssuesOf("JK1021").Single().Message.Should().Contain("Phase 'Pay' > Schritt 'Pays\u0007' (Name)").And.NotContain("Stage 'Pay'");
    }

    [Fact]
    public void Validate_SimplifiedChinese_WritesPainPointMessagesInChinese()
    {
        var report = Validate(() => ValidationMaps.Clean().EditStage("pay", s => s.Step("Waits", st => st.PainPoint("Queue is long"))), JourneyLanguage.SimplifiedChinese);

        report.IssuesOf("JK1012").Single().Message.Should().Be(
            "步骤“Waits”的痛点“Queue is long”（queue-is-long）没有针对它的机会点；请用 .Opportunity(\"...\", o => o.Addresses(\"queue-is-long\")) 添加一个。");
    }

    [Fact]
    public void Validate_Bulgarian_WritesPercentagesWithADecimalComma()
    {
        var report = Validate(() => ValidationMaps.Clean().EditStage("pay", s => s.Metric("Conversion", m => m.Unit("%").Target(120.5m).Actual(-3))), JourneyLanguage.Bulgarian);

        report.IssuesOf("JK1016").Select(i => i.Message).Should().Equal(
            "Показателят 'Conversion' (conversion) има целева стойност 120,5 %, извън 0..100; записвайте процентите между 0 и 100.",
            "Показателят 'Conversion' (conversion) има действителна стойност -3 %, извън 0..100; записвайте процентите между 0 и 100.");
    }

    [Theory]
    [InlineData(23, "for 1 dag siden")]
    [InlineData(22, "for 2 dager siden")]
    public void Validate_NorwegianBokmal_WritesTheOverdueReviewWithItsPlural(int day, string ago)
    {
        var report = Validate(() => ValidationMaps.Clean().LastReviewedOn(new DateOnly(2026, 8, day)), JourneyLanguage.NorwegianBokmal);

        report.IssuesOf("JK1025").Single().Message.Should().StartWith($"Kartet 'Buy lunch' (buy-lunch) ble sist gjennomgått 2026-08-{day}; med gjennomgang hver 90. dag")
            .And.Contain(ago).And.EndWith("registrer datoen med .LastReviewedOn(date).");
    }

    [Fact]
    public void Validate_NoLanguage_WritesEnglishAsBefore()
    {
        var map = ValidationMaps.Clean().Stage("Eat", s => s.Step("Eats")).Build();

        var report = map.Validate(timeProvider: ValidationMaps.Today);

        report.Language.Should().Be(JourneyLanguage.English);
        report.Should().Be(ValidationRuleSet.Default.Validate(map, ValidationMaps.Today, JourneyLanguage.English));
        report.IssuesOf("JK1004").Single().Message.Should().Be(
            "Stage 'Eat' (eat) has no owner; every stage needs someone responsible. Set one with .OwnedBy(\"...\") on the stage.");
        report.ToString().Should().StartWith("Validation of 'Buy lunch': 0 errors, ");
    }

    [Fact]
    public void Validate_RuleSetWithLanguage_GivesTheSameReportAsTheExtension()
    {
        var map = ValidationMaps.Clean().Stage("Eat", s => s.Step("Eats")).Build();

        var report = ValidationRuleSet.Default.Validate(map, ValidationMaps.Today, JourneyLanguage.German);

        report.Should().Be(map.Validate(timeProvider: ValidationMaps.Today, language: JourneyLanguage.German));
        report.Issues.Select(i => (i.RuleId, i.Path.Value, i.Location.ElementId)).Should().Equal(
            map.Validate(timeProvider: ValidationMaps.Today).Issues.Select(i => (i.RuleId, i.Path.Value, i.Location.ElementId)),
            "only the messages change with the language, never ids and paths");
    }

    [Fact]
    public void ToString_German_WritesTheSummaryAndSeveritiesInGerman()
    {
        var report = Validate(() => ValidationMaps.Clean().Stage("Eat", s => s.Step("Eats")).EditStage("pay", s => s.Metric("Share", m => m.Unit("%").Target(150))), JourneyLanguage.German,
            ValidationRuleSet.Default.Suppress("JK1007", "eat", "Niemand fragt."));

        var text = report.ToString();

        text.Should().StartWith($"Validierung von 'Buy lunch': 1 Fehler, {report.WarningCount} Warnungen, {report.InfoCount} Hinweise, 1 unterdrückt (ungültig)\n")
            .And.Contain("\n  FEHLER JK1016 /stages/pay/metrics/share/target: Die Kennzahl 'Share' (share) hat den Zielwert 150 %")
            .And.Contain("\n  WARNUNG JK1004 /stages/eat: Die Phase 'Eat' (eat) hat keine Verantwortlichen;")
            .And.EndWith("\n  unterdrückt JK1007 /stages/eat: Niemand fragt.");
    }

    [Fact]
    public void ThrowIfInvalid_German_KeepsTheHeadlineEnglishAndListsErrorsInGerman()
    {
        var report = Validate(() => ValidationMaps.Clean().EditStage("pay", s => s.Metric("Share", m => m.Unit("%").Target(150))), JourneyLanguage.German);

        var thrown = report.Invoking(r => r.ThrowIfInvalid()).Should().Throw<JourneyMapValidationException>().Which;

        thrown.Message.Should().Be("The journey map 'Buy lunch' has 1 validation error:\n  - FEHLER JK1016 /stages/pay/metrics/share/target: "
            + "Die Kennzahl 'Share' (share) hat den Zielwert 150 %, außerhalb von 0..100; schreiben Sie Prozentwerte zwischen 0 und 100.");
        thrown.Errors.Single().Message.Should().StartWith("Die Kennzahl 'Share'");
    }

    [Fact]
    public void Validate_LabelsThatLookLikePlaceholders_AppearLiterally()
    {
        var report = Validate(() => ValidationMaps.Clean().Stage("Eat {0} {1}", s => s.Step("Eats {2}")), JourneyLanguage.German);

        report.IssuesOf("JK1004").Single().Message.Should().StartWith("Die Phase 'Eat {0} {1}' (");
        report.IssuesOf("JK1009").Single().Message.Should().StartWith("Der Schritt 'Eats {2}' (");
        Validate(() => JourneyMap.Create("Lunch {0}").Persona("P"), JourneyLanguage.SimplifiedChinese).ToString().Should().StartWith("“Lunch {0}”的验证：");
    }

    [Fact]
    public void Validate_CustomRule_ReadsTheLanguageFromItsContext()
    {
        var map = ValidationMaps.Clean().EditStage("pay", s => s.Step("Leaves")).Build();
        var rules = ValidationRuleSet.Empty.With(new StepsHaveOwnersRule());

        map.Validate(rules, ValidationMaps.Today, JourneyLanguage.German).Issues.Single().Message.Should().Be("Der Schritt 'Leaves' hat keine Verantwortlichen.");
        map.Validate(rules, ValidationMaps.Today).Issues.Single().Message.Should().Be("Step 'Leaves' has no owner.");
    }

    [Fact]
    public void BuiltInRules_EveryOne_HasItsTextsInEveryBuiltInLanguage()
    {
        foreach (var rule in ValidationRuleSet.Default.Rules)
        {
            var id = rule.Info.Id;
            JourneyLanguage.Keys.Should().Contain([$"{id}.Title", $"{id}.Rationale", $"{id}.Fix", $"{id}.Message"], $"Rules.resx must describe {id}");
            rule.Info.Title.Should().Be(JourneyLanguage.English[$"{id}.Title"]);
            rule.Info.Rationale.Should().Be(JourneyLanguage.English[$"{id}.Rationale"]);
            rule.Info.Fix.Should().Be(JourneyLanguage.English[$"{id}.Fix"]);
            foreach (var language in JourneyLanguage.BuiltIn)
            {
                JourneyLanguage.Keys.Where(k => k.StartsWith(id + ".", StringComparison.Ordinal))
                    .Should().AllSatisfy(k => language[k].Should().NotBeNullOrWhiteSpace($"{language.Tag} needs {k}"));
            }
        }
    }

    [Fact]
    public void RulesResx_EveryRuleKey_BelongsToABuiltInRule()
    {
        var ids = ValidationRuleSet.Default.Rules.Select(r => r.Info.Id).ToHashSet();

        JourneyLanguage.Keys.Where(k => k.StartsWith("JK", StringComparison.Ordinal)).Select(k => k[..k.IndexOf('.', StringComparison.Ordinal)])
            .Should().OnlyContain(id => ids.Contains(id));
    }

    /// <summary>A rule of a team's own that writes its message in the report's language.</summary>
    public sealed class StepsHaveOwnersRule : IJourneyRule
    {
        public RuleInfo Info { get; } = new("ACME002", "Step has no owner", IssueSeverity.Warning, RuleCategory.Maintenance, "Every step needs an owner.", "Name one.");

        public void Check(RuleContext context)
        {
            foreach (var stage in context.Map.Stages)
            {
                foreach (var step in stage.Steps.Where(s => s.OwnerId is null))
                {
                    context.Report(ValidationLocation.Of(stage, step), context.Language.Tag == "de" ? $"Der Schritt '{step.Name}' hat keine Verantwortlichen." : $"Step '{step.Name}' has no owner.");
                }
            }
        }
    }
}
