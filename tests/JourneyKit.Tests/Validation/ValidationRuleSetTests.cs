using JourneyKit.Validation;
using JourneyKit.Walking;

namespace JourneyKit.Tests.Validation;

public class ValidationRuleSetTests
{
    /// <summary>A rule a team writes for itself: every step of the checkout stage must be a milestone or have a duration.</summary>
    private sealed class CheckoutStepsAreTimedRule : IJourneyRule
    {
        public RuleInfo Info { get; } = new("ACME001", "Checkout step is not timed", IssueSeverity.Error, RuleCategory.Measurement,
            "Our checkout SLA is measured per step.", "Set .Duration(...) on every step of the Pay stage.");

        public void Check(RuleContext context)
        {
            foreach (var stage in context.Map.Stages)
            {
                if (stage.Id != "pay")
                {
                    continue;
                }

                foreach (var step in stage.Steps)
                {
                    if (step.Duration is null)
                    {
                        context.Report(ValidationLocation.Of(stage, step), $"Step '{step.Name}' ({step.Id}) has no duration; set one with .Duration(...).");
                    }
                }
            }
        }
    }

    private sealed class ThrowingRule : IJourneyRule
    {
        public RuleInfo Info { get; } = new("ACME999", "Broken", IssueSeverity.Info, RuleCategory.Story, "It breaks.", "Fix the rule.");

        public void Check(RuleContext context) => throw new InvalidCastException("boom");
    }

    /// <summary>The same rule written as a visitor, so that it shares the one walk the built-in rules make.</summary>
    private sealed class TimedCheckoutVisitorRule : IWalkingJourneyRule
    {
        public RuleInfo Info { get; } = new("ACME002", "Checkout step is not timed", IssueSeverity.Error, RuleCategory.Measurement,
            "Our checkout SLA is measured per step.", "Set .Duration(...) on every step of the Pay stage.");

        public MapVisitor CreateVisitor(RuleContext context) => new Visitor(context);

        private sealed class Visitor(RuleContext context) : MapVisitor
        {
            public override bool Visits(ElementKind kind) => kind == ElementKind.Step;

            public override void VisitStep(Step step, in MapPlace place)
            {
                if (place.Stage!.Id == "pay" && step.Duration is null)
                {
                    context.Report(ValidationLocation.Of(place.Stage, step), $"Step '{step.Name}' ({step.Id}) has no duration.");
                }
            }
        }
    }

    /// <summary>A walking rule whose visitor throws, or which makes no visitor at all.</summary>
    private sealed class BrokenWalkingRule(bool makesVisitor) : IWalkingJourneyRule
    {
        public RuleInfo Info { get; } = new("ACME998", "Broken walker", IssueSeverity.Info, RuleCategory.Story, "It breaks.", "Fix the rule.");

        public MapVisitor CreateVisitor(RuleContext context) => makesVisitor ? new Visitor() : null!;

        private sealed class Visitor : MapVisitor
        {
            public override void VisitPainPoint(PainPoint painPoint, in MapPlace place) => throw new InvalidCastException("boom");
        }
    }

    [Fact]
    public void Validate_CustomWalkingRule_ReportsFromTheSharedWalk()
    {
        var rules = ValidationRuleSet.Default.With(new TimedCheckoutVisitorRule());

        var report = ValidationMaps.Clean().Validate(rules);

        report.IssuesOf("ACME002").Should().ContainSingle().Which.Location.Path.Value.Should().Be("/stages/pay/steps/pays");
    }

    [Fact]
    public void Check_WalkingRuleOnItsOwn_WalksTheMap()
    {
        var map = ValidationMaps.Clean().Build();
        var alone = ValidationRuleSet.Empty.With(new TimedCheckoutVisitorRule()).Validate(map);
        var shared = ValidationRuleSet.Default.With(new TimedCheckoutVisitorRule()).Validate(map);

        alone.IssuesOf("ACME002").Select(i => i.Message).Should().Equal(shared.IssuesOf("ACME002").Select(i => i.Message)).And.ContainSingle();
    }

    [Fact]
    public void Validate_WalkingRuleWhoseVisitorThrows_SaysWhichRuleFailed()
    {
        var act = () => ValidationMaps.Clean().Build().Validate(ValidationRuleSet.Default.With(new BrokenWalkingRule(makesVisitor: true)));

        act.Should().Throw<InvalidOperationException>().WithMessage("*ACME998*Broken walker*boom*").WithInnerException<InvalidCastException>();
    }

    /// <summary>A walking rule whose visitor throws when it meets one kind of element (or the map itself, at the start or the end).</summary>
    private sealed class ThrowingAtRule(string at) : IWalkingJourneyRule
    {
        public RuleInfo Info { get; } = new("ACME997", "Throws at " + at, IssueSeverity.Info, RuleCategory.Story, "It breaks.", "Fix the rule.");

        public MapVisitor CreateVisitor(RuleContext context) => new Visitor(at);

        private sealed class Visitor(string at) : MapVisitor
        {
            public override void VisitMap(JourneyMap map) => Throw("map");

            public override void VisitPersona(Persona persona, in MapPlace place) => Throw("persona");

            public override void VisitChannel(Channel channel, in MapPlace place) => Throw("channel");

            public override void VisitOwner(Owner owner, in MapPlace place) => Throw("owner");

            public override void VisitTouchpoint(Touchpoint touchpoint, in MapPlace place) => Throw("touchpoint");

            public override void VisitStage(Stage stage, in MapPlace place) => Throw("stage");

            public override void VisitStep(Step step, in MapPlace place) => Throw("step");

            public override void VisitPainPoint(PainPoint painPoint, in MapPlace place) => Throw("painPoint");

            public override void VisitOpportunity(Opportunity opportunity, in MapPlace place) => Throw("opportunity");

            public override void VisitMetric(Metric metric, in MapPlace place) => Throw("metric");

            public override void VisitBackStageItem(BackStageItem item, in MapPlace place) => Throw("backStageItem");

            public override void VisitTransition(Transition transition, in MapPlace place) => Throw("transition");

            public override void EndMap(JourneyMap map) => Throw("end");

            private void Throw(string where)
            {
                if (where == at)
                {
                    throw new InvalidCastException("boom at " + where);
                }
            }
        }
    }

    [Theory]
    [InlineData("map")]
    [InlineData("persona")]
    [InlineData("channel")]
    [InlineData("owner")]
    [InlineData("touchpoint")]
    [InlineData("stage")]
    [InlineData("step")]
    [InlineData("painPoint")]
    [InlineData("opportunity")]
    [InlineData("metric")]
    [InlineData("backStageItem")]
    [InlineData("transition")]
    [InlineData("end")]
    public void Validate_WalkingRuleThatThrowsAnywhereInTheWalk_SaysWhichRuleFailed(string at)
    {
        var map = ValidationMaps.Clean().EditStage("pay", s => s.EditStep("pays", st => st.BackStage("Till"))).Build();

        var act = () => map.Validate(ValidationRuleSet.Default.With(new ThrowingAtRule(at)), ValidationMaps.Today);

        act.Should().Throw<InvalidOperationException>().WithMessage($"*ACME997*boom at {at}*").WithInnerException<InvalidCastException>();
    }

    [Fact]
    public void Validate_WalkingRuleThatMakesNoVisitor_SaysWhichRuleFailed()
    {
        var act = () => ValidationMaps.Clean().Build().Validate(ValidationRuleSet.Empty.With(new BrokenWalkingRule(makesVisitor: false)));

        act.Should().Throw<InvalidOperationException>().WithMessage("*ACME998*made no visitor*");
    }

    [Fact]
    public void With_CustomRule_RunsBesideTheBuiltInOnes()
    {
        var rules = ValidationRuleSet.Default.With(new CheckoutStepsAreTimedRule());
        var map = ValidationMaps.Clean().Stage("Eat", s => s.Step("Eats"));

        var report = map.Validate(rules);

        report.IssuesOf("ACME001").Should().ContainSingle().Which.Should().Match<ValidationIssue>(i =>
            i.Severity == IssueSeverity.Error && i.Location.Path.Value == "/stages/pay/steps/pays");
        report.IssuesOf("JK1004").Should().ContainSingle();
        report.IsValid.Should().BeFalse();
    }

    [Fact]
    public void With_RuleIdAlreadyInTheSet_Throws()
    {
        var rules = ValidationRuleSet.Default.With(new CheckoutStepsAreTimedRule());

        var act = () => rules.With(new CheckoutStepsAreTimedRule());

        act.Should().Throw<ArgumentException>().WithMessage("*'ACME001'*unique*");
    }

    [Fact]
    public void Without_Rule_StopsReportingIt()
    {
        var map = ValidationMaps.Clean().Stage("Eat", s => s.Step("Eats"));

        var report = map.Validate(ValidationRuleSet.Default.Without("JK1004"));

        report.IssuesOf("JK1004").Should().BeEmpty();
        report.IssuesOf("JK1005").Should().ContainSingle();
    }

    [Fact]
    public void WithSeverity_Override_ChangesSeverityAndValidity()
    {
        var map = ValidationMaps.Clean().Stage("Eat", s => s.Step("Eats"));

        var strict = map.Validate(ValidationRuleSet.Default.WithSeverity("JK1004", IssueSeverity.Error));
        var off = map.Validate(ValidationRuleSet.Default.WithSeverity("JK1004", IssueSeverity.Off));

        strict.IssuesOf("JK1004").Single().Severity.Should().Be(IssueSeverity.Error);
        strict.IsValid.Should().BeFalse();
        off.IssuesOf("JK1004").Should().BeEmpty();
        ValidationRuleSet.Default.SeverityOf("JK1004").Should().Be(IssueSeverity.Warning, "rule sets are immutable");
    }

    [Fact]
    public void UnknownRuleId_InAnyChange_ListsTheKnownIds()
    {
        var rules = ValidationRuleSet.Default;

        FluentActions.Invoking(() => rules.WithSeverity("JK9999", IssueSeverity.Error)).Should().Throw<ArgumentException>()
            .WithParameterName("ruleId").WithMessage("*'JK9999'*JK1001, JK1002*JK1027*");
        FluentActions.Invoking(() => rules.Without("JK9999")).Should().Throw<ArgumentException>().WithMessage("*'JK9999'*");
        FluentActions.Invoking(() => rules.Suppress("JK9999", "pay", "why")).Should().Throw<ArgumentException>().WithMessage("*'JK9999'*");
        FluentActions.Invoking(() => ValidationRuleSet.Empty.SeverityOf("JK1001")).Should().Throw<ArgumentException>().WithMessage("*(none)*");
    }

    [Fact]
    public void Suppress_ForOneElement_MovesItsIssueToSuppressedWithTheJustification()
    {
        var map = ValidationMaps.Clean().Stage("Eat", s => s.Step("Eats")).Stage("Leave", s => s.Step("Leaves"));
        var rules = ValidationRuleSet.Default.Suppress("JK1004", "eat", "Nobody owns eating.");

        var report = map.Validate(rules);

        report.IssuesOf("JK1004").Select(i => i.Location.ElementId).Should().Equal("leave");
        report.Suppressed.Should().ContainSingle().Which.Should().Match<SuppressedIssue>(s =>
            s.Issue.RuleId == "JK1004" && s.Issue.Location.ElementId == "eat" && s.Justification == "Nobody owns eating.");
        report.ToString().Should().Contain("1 suppressed").And.Contain("suppressed JK1004 /stages/eat: Nobody owns eating.");
    }

    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    [InlineData(null)]
    public void Suppress_WithoutJustification_Throws(string? justification)
    {
        var act = () => ValidationRuleSet.Default.Suppress("JK1004", "eat", justification!);

        act.Should().Throw<ArgumentException>().WithParameterName(nameof(justification)).WithMessage("*justification*");
    }

    [Fact]
    public void Validate_RuleThatThrows_SaysWhichRuleFailed()
    {
        var act = () => ValidationMaps.Clean().Build().Validate(ValidationRuleSet.Empty.With(new ThrowingRule()));

        act.Should().Throw<InvalidOperationException>().WithMessage("*ACME999*Broken*boom*").WithInnerException<InvalidCastException>();
    }

    [Fact]
    public void Empty_ReportsNothing()
    {
        ValidationMaps.Clean().Stage("Eat").Validate(ValidationRuleSet.Empty).Issues.Should().BeEmpty();
    }

    [Fact]
    public void RuleInfo_OffAsDefaultSeverity_Throws()
    {
        var act = () => new RuleInfo("X1", "t", IssueSeverity.Off, RuleCategory.Story, "why", "fix");

        act.Should().Throw<ArgumentException>().WithParameterName("defaultSeverity");
    }
}
