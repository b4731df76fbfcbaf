using Microsoft.Extensions.Time.Testing;
using JourneyKit.Localization;
using JourneyKit.Tests.Support;
using JourneyKit.Tests.Validation;
using JourneyKit.Validation;
using JourneyKit.Walking;

namespace JourneyKit.Tests.Documentation;

/// <summary>The code of docs/validation.md, compiled and run, and its catalog kept in step with the rules.</summary>
public class ValidationDocTests
{
    #region doc-custom-rule
    public sealed class CheckoutStepsAreTimedRule : IJourneyRule
    {
        public RuleInfo Info { get; } = new("ACME001", "Checkout step is not timed", IssueSeverity.Error, RuleCategory.Measurement,
            rationale: "Our checkout SLA is measured per step.",
            fix: "Set .Duration(...) on every step of the Pay stage.");

        public void Check(RuleContext context)
        {
            foreach (var stage in context.Map.Stages)
            {
                foreach (var step in stage.Steps)
                {
                    if (stage.Id == "pay" && step.Duration is null)
                    {
                        context.Report(ValidationLocation.Of(stage, step), $"Step '{step.Name}' ({step.Id}) has no duration; set one with .Duration(...).");
                    }
                }
            }
        }
    }
    #endregion

    #region doc-walking-rule
    public sealed class StepsHaveOwnersRule : IWalkingJourneyRule
    {
        public RuleInfo Info { get; } = new("ACME002", "Step has no owner", IssueSeverity.Warning, RuleCategory.Maintenance,
            rationale: "Every step needs a team that answers for it.",
            fix: "Give the step an owner with .OwnedBy(\"...\").");

        public MapVisitor CreateVisitor(RuleContext context) => new Visitor(context);

        private sealed class Visitor(RuleContext context) : MapVisitor
        {
            public override bool Visits(ElementKind kind) => kind == ElementKind.Step;

            public override void VisitStep(Step step, in MapPlace place)
            {
                if (step.OwnerId is null)
                {
                    context.Report(ValidationLocation.Of(place.Stage!, step), $"Step '{step.Name}' ({step.Id}) has no owner.");
                }
            }
        }
    }
    #endregion

    [Fact]
    public void WalkingRule_FromTheDocs_ReportsStepsWithoutOwners()
    {
        var map = ValidationMaps.Clean().EditStage("pay", s => s.Step("Leaves")).Build();

        var report = map.Validate(ValidationRuleSet.Default.With(new StepsHaveOwnersRule()), ValidationMaps.Today);

        report.IssuesOf("ACME002").Select(i => i.Location.Path.Value).Should().Equal("/stages/pay/steps/leaves");
    }

    [Theory]
    [InlineData("doc-walking-rule")]
    [InlineData("doc-validate")]
    [InlineData("doc-unit-test")]
    [InlineData("doc-rule-set")]
    [InlineData("doc-custom-rule")]
    [InlineData("doc-languages")]
    public void ValidationDoc_ShowsTheCompiledCode(string region) =>
        DocSnippets.AssertShownIn("docs/validation.md", "ValidationDocTests.cs", region);

    [Fact]
    public void ValidationDoc_Code_Runs()
    {
        var map = ValidationMaps.Clean().Stage("Eat", s => s.Step("Eats")).Build();
        var timeProvider = ValidationMaps.Today;

        var output = ConsoleOutput.Capture(() =>
        {
            #region doc-validate
            var report = map.Validate();                 // the default rule set, the system clock
            Console.WriteLine(report);                   // a summary line and one line per issue
            report.ThrowIfInvalid();                     // throws JourneyMapValidationException on errors only
            #endregion
        });

        #region doc-unit-test
        var today = new FakeTimeProvider(new DateTimeOffset(2026, 11, 22, 9, 0, 0, TimeSpan.Zero));
        var checkedToday = map.Validate(timeProvider: today);
        checkedToday.IsValid.Should().BeTrue(checkedToday.ToString());
        checkedToday.IssuesOf("JK1012").Should().BeEmpty();     // every pain point has an opportunity
        #endregion

        #region doc-rule-set
        var rules = ValidationRuleSet.Default
            .Without("JK1007")                                  // no customer questions needed
            .WithSeverity("JK1004", IssueSeverity.Error)             // a stage without owner makes the map invalid
            .WithSeverity("JK1015", IssueSeverity.Off)               // units are implied in this team
            .Suppress("JK1006", "eat", "Eating happens at the table, out of the canteen's reach.")
            .With(new CheckoutStepsAreTimedRule());             // a rule of your own

        var tuned = map.Validate(rules, timeProvider);
        #endregion

        output.Should().StartWith("Validation of 'Buy lunch': 0 errors");
        tuned.IssuesOf("JK1004").Single().Severity.Should().Be(IssueSeverity.Error);
        tuned.IssuesOf("JK1007").Should().BeEmpty();
        tuned.Suppressed.Single().Issue.RuleId.Should().Be("JK1006");
        tuned.IssuesOf("ACME001").Select(i => i.Location.ElementId).Should().Equal("pays");
    }

    [Fact]
    public void ValidationDoc_Languages_Runs()
    {
        var map = ValidationMaps.Clean().Stage("Eat", s => s.Step("Eats")).Build();
        var timeProvider = ValidationMaps.Today;

        #region doc-languages
        var report = map.Validate(timeProvider: timeProvider, language: JourneyLanguage.German);
        var message = report.IssuesOf("JK1004").Single().Message;
        // "Die Phase 'Eat' (eat) hat keine Verantwortlichen; jede Phase braucht jemanden, der verantwortlich ist. ..."

        var catalog = ValidationRuleSet.Default.Rules.Select(r => r.Info.In(JourneyLanguage.German));
        // JK1004 "Phase hat keine Verantwortlichen", with its rationale and fix in German
        #endregion

        message.Should().StartWith("Die Phase 'Eat' (eat) hat keine Verantwortlichen; jede Phase braucht jemanden, der verantwortlich ist.");
        report.ToString().Should().StartWith("Validierung von 'Buy lunch': 0 Fehler");
        catalog.Single(i => i.Id == "JK1004").Title.Should().Be("Phase hat keine Verantwortlichen");
    }

    [Fact]
    public void ValidationDoc_Catalog_DescribesEveryRule()
    {
        var doc = File.ReadAllText(Repository.File("docs", "validation.md"));

        foreach (var rule in ValidationRuleSet.Default.Rules)
        {
            var info = rule.Info;
            doc.Should().Contain($"### {info.Id} {info.Title}\n\n{info.DefaultSeverity} · {info.Category}");
            doc.Should().Contain(info.Rationale).And.Contain(info.Fix);
        }
    }
}
