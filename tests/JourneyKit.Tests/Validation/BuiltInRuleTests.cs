using JourneyKit.Tests.Support;
using JourneyKit.Building;
using JourneyKit.Validation;

namespace JourneyKit.Tests.Validation;

/// <summary>Every built-in rule fires on a map that breaks it, at the element's path, and stays silent on a map that follows it.</summary>
public class BuiltInRuleTests
{
    private static readonly string LongText = new('x', 2001);

    public static TheoryData<string, Func<JourneyMapBuilder>, string> Breaking() => new()
    {
        { "JK1001", () => ValidationMaps.Clean(withPersona: false), "/" },
        { "JK1002", () => JourneyMap.Create("m").Persona("P").Stage("Only", s => s.Step("a").Step("b").Step("c")), "/" },
        { "JK1003", () => JourneyMap.Create("m").Persona("P").Stage("One", s => s.Step("a")).Stage("Two", s => s.Step("b")), "/" },
        { "JK1004", () => ValidationMaps.Clean().Stage("Eat", s => s.Step("Eats")), "/stages/eat" },
        { "JK1005", () => ValidationMaps.Clean().Stage("Eat", s => s.Step("Eats")), "/stages/eat" },
        { "JK1006", () => ValidationMaps.Clean().Stage("Eat", s => s.Step("Eats")), "/stages/eat" },
        { "JK1007", () => ValidationMaps.Clean().Stage("Eat", s => s.Step("Eats")), "/stages/eat" },
        { "JK1008", () => ValidationMaps.Clean().Stage("Eat"), "/stages/eat" },
        { "JK1009", () => ValidationMaps.Clean().EditStage("pay", s => s.Step("Leaves")), "/stages/pay/steps/leaves" },
        { "JK1010", () => ValidationMaps.Clean().EditStage("pay", s => s.Step("Leaves")), "/stages/pay/steps/leaves" },
        { "JK1011", () => ValidationMaps.Clean().EditStage("pay", s => s.Step("Waits", st => st.Emotion(-2, "annoyed"))), "/stages/pay/steps/waits" },
        { "JK1012", () => ValidationMaps.Clean().EditStage("pay", s => s.Step("Waits", st => st.PainPoint("Queue is long"))), "/stages/pay/steps/waits/painPoints/queue-is-long" },
        { "JK1013", () => ValidationMaps.Clean().EditStage("pay", s => s.Step("Waits", st => st.Opportunity("Add a till"))), "/stages/pay/steps/waits/opportunities/add-a-till" },
        { "JK1014", () => ValidationMaps.Clean().EditStage("pay", s => s.Metric("Queue time", m => m.Unit("min"))), "/stages/pay/metrics/queue-time" },
        { "JK1015", () => ValidationMaps.Clean().EditStage("pay", s => s.EditStep("pays", st => st.Metric("Tips", m => m.Target(1)))), "/stages/pay/steps/pays/metrics/tips" },
        { "JK1016", () => ValidationMaps.Clean().EditStage("pay", s => s.Metric("Conversion", m => m.Unit("%").Target(120))), "/stages/pay/metrics/conversion/target" },
        { "JK1017", () => ValidationMaps.Clean().Touchpoint("Fax", t => t.OnChannel("In person")), "/touchpoints/fax" },
        { "JK1018", () => ValidationMaps.Clean().Channel("Radio"), "/channels/radio" },
        { "JK1019", () => ValidationMaps.Clean().Owner("Legal"), "/owners/legal" },
        { "JK1020", () => ValidationMaps.Clean().EditStage("pay", s => s.EditStep("pays", st => st.Description(LongText))), "/stages/pay/steps/pays/description" },
        { "JK1021", () => ValidationMaps.Clean().EditStage("pay", s => s.EditStep("pays", st => st.Name("Pays\nnow"))), "/stages/pay/steps/pays-now/name" },
        { "JK1022", () => ValidationMaps.Clean().EditStage("pay", s => s.EditStep("pays", st => st.Thought("Cheap \u202Eeulav"))), "/stages/pay/steps/pays/thoughts" },
        { "JK1023", () => ValidationMaps.Clean().EditStage("pay", s => s.Step("Gets a receipt", st => st.Id("receipt"))).Exit("Pays", "Leaves", 1m), "/stages/pay/steps/receipt" },
        { "JK1024", () => ValidationMaps.Clean().Loop("Pays", "Looks at the menu", "Always goes back", 1m), "/stages/choose-food/steps/looks-at-the-menu" },
        { "JK1025", () => ValidationMaps.Clean().LastReviewedOn(new DateOnly(2026, 1, 5)), "/lastReviewedOn" },
        { "JK1026", () => ValidationMaps.Clean().Stage("Eat", s => s.Step("Eats")), "/stages/eat" },
        { "JK1027", () => ValidationMaps.Clean().EditStage("pay", s => s.EditStep("pays", st => st.Via("Kiosk"))), "/touchpoints/kiosk" },
        { "JK1028", () => ValidationMaps.Clean().EditStage("pay", s => s.EditStep("pays", st => st.PainPoint("Card reader is slow").Opportunity("New reader", o => o.Addresses("Card reader is slow")))), "/stages/pay/steps/pays/painPoints/card-reader-is-slow" },
    };

    [Fact]
    public void Catalog_HasAtLeastTwentyRulesWithUniqueIdsAndGuidance()
    {
        var rules = ValidationRuleSet.Default.Rules;

        rules.Count.Should().BeGreaterThanOrEqualTo(20);
        rules.Select(r => r.Info.Id).Should().OnlyHaveUniqueItems().And.BeInAscendingOrder(StringComparer.Ordinal);
        rules.All(r => r.Info.Id.StartsWith("JK1", StringComparison.Ordinal) && r.Info.Rationale.Length > 20 && r.Info.Fix.Length > 10).Should().BeTrue();
    }

    [Fact]
    public void Breaking_CoversEveryBuiltInRule()
    {
        var covered = Breaking().Select(row => row.Data.Item1).ToHashSet();

        ValidationRuleSet.Default.Rules.Select(r => r.Info.Id).Should().BeSubsetOf(covered);
    }

    [Theory]
    [MemberData(nameof(Breaking))]
    public void Rule_MapThatBreaksIt_ReportsAtTheElementsPath(string ruleId, Func<JourneyMapBuilder> map, string path)
    {
        var report = map().Validate();

        var issues = report.IssuesOf(ruleId).ToList();
        issues.Should().NotBeEmpty($"{ruleId} should fire");
        issues.Select(i => i.Location.Path.Value).Should().Contain(path);
        issues.Should().OnlyContain(i => i.Severity == ValidationRuleSet.Default.SeverityOf(ruleId));
    }

    [Fact]
    public void Validate_CleanMap_ReportsNothing()
    {
        var report = ValidationMaps.Clean().Validate();

        report.Issues.Should().BeEmpty(report.ToString());
        report.IsValid.Should().BeTrue();
    }

    [Fact]
    public void JK1011_NegativeOnlyBelowTheScalesMiddle_OnAnyScale()
    {
        var map = JourneyMap.Create("m").EmotionScale(1, 5).Stage("s", s => s
            .Step("low", st => st.Emotion(2))
            .Step("middle", st => st.Emotion(3)));

        map.Validate().IssuesOf("JK1011").Select(i => i.Location.ElementId).Should().Equal("low");
    }

    [Fact]
    public void JK1012_PainPointAddressedFromAnotherStep_DoesNotFire()
    {
        var map = ValidationMaps.Clean().EditStage("pay", s => s
            .Step("Waits", st => st.Emotion(-1).PainPoint("Queue is long"))
            .Step("Complains", st => st.Opportunity("Second till", o => o.Addresses("Queue is long"))));

        map.Validate().IssuesOf("JK1012").Should().BeEmpty();
    }

    [Fact]
    public void JK1016_PercentagesOnTheBounds_DoNotFire()
    {
        var map = ValidationMaps.Clean().EditStage("pay", s => s.Metric("Share", m => m.Unit("%").Target(100).Actual(0)));

        map.Validate().IssuesOf("JK1016").Should().BeEmpty();
    }

    [Fact]
    public void JK1016_ActualBelowZero_NamesTheProperty()
    {
        var map = ValidationMaps.Clean().EditStage("pay", s => s.Metric("Share", m => m.Unit("%").Target(50).Actual(-0.5m)));

        var issue = map.Validate().IssuesOf("JK1016").Single();
        issue.Location.Path.Value.Should().Be("/stages/pay/metrics/share/actual");
        issue.Message.Should().Contain("-0.5 %");
    }

    [Fact]
    public void JK1020_TextAtTheLimit_DoesNotFire()
    {
        var map = ValidationMaps.Clean().EditStage("pay", s => s.EditStep("pays", st => st.Description(new string('x', 2000))));

        map.Validate().IssuesOf("JK1020").Should().BeEmpty();
    }

    [Fact]
    public void JK1021_LineBreaksInFreeText_DoNotFire()
    {
        var map = ValidationMaps.Clean().EditStage("pay", s => s.EditStep("pays", st => st.Description("First line\nSecond line\twith a tab")));

        map.Validate().IssuesOf("JK1021").Should().BeEmpty();
    }

    [Fact]
    public void JK1021_ControlCharacter_IsNamedWithItsPosition()
    {
        var map = ValidationMaps.Clean().EditStage("pay", s => s.Goal("Pay\u0007"));

        map.Validate().IssuesOf("JK1021").Single().Message.Should().Contain("U+0007 at position 3");
    }

    [Fact]
    public void JK1022_RightToLeftTextWithoutControls_DoesNotFire()
    {
        var map = ValidationMaps.Clean().EditStage("pay", s => s.EditStep("pays", st => st.Thought("الدفع بالبطاقة")));

        map.Validate().IssuesOf("JK1022").Should().BeEmpty();
    }

    [Fact]
    public void JK1023_And_JK1024_LoopWithShareBelowOne_LetsCustomersThrough()
    {
        var map = ValidationMaps.Clean().Loop("Pays", "Looks at the menu", "Sometimes goes back", 0.5m);

        var report = map.Validate();

        report.IssuesOf("JK1023").Should().BeEmpty();
        report.IssuesOf("JK1024").Should().BeEmpty();
    }

    [Fact]
    public void JK1023_ExitOfEveryoneThenBranchAround_KeepsTheStepReachable()
    {
        var map = ValidationMaps.Clean()
            .EditStage("pay", s => s.Step("Gets a receipt", st => st.Id("receipt")))
            .Exit("Pays", "Leaves", 1m)
            .Branch("Looks at the menu", "receipt", "Asks for a receipt first");

        map.Validate().IssuesOf("JK1023").Should().BeEmpty();
    }

    [Fact]
    public void JK1024_TrappedLoop_ReportsEveryStepInIt()
    {
        var map = ValidationMaps.Clean().Loop("Pays", "Looks at the menu", "Always goes back", 1m);

        map.Validate().IssuesOf("JK1024").Select(i => i.Location.ElementId).Should().Equal("looks-at-the-menu", "picks-a-dish", "pays");
    }

    [Fact]
    public void JK1025_CadenceButNoReview_Fires()
    {
        var map = JourneyMap.Create("m").ReviewCadence(TimeSpan.FromDays(30));

        map.Validate().IssuesOf("JK1025").Single().Message.Should().Contain("no recorded review");
    }

    [Fact]
    public void JK1025_ReviewDueToday_DoesNotFire_DueYesterday_Fires()
    {
        var dueToday = ValidationMaps.Clean().ReviewCadence(TimeSpan.FromDays(10)).LastReviewedOn(new DateOnly(2026, 11, 12));
        var dueYesterday = ValidationMaps.Clean().ReviewCadence(TimeSpan.FromDays(10)).LastReviewedOn(new DateOnly(2026, 11, 11));

        dueToday.Validate().IssuesOf("JK1025").Should().BeEmpty();
        dueYesterday.Validate().IssuesOf("JK1025").Single().Message.Should().Contain("due on 2026-11-21, 1 day ago");
    }

    [Fact]
    public void JK1025_OverdueSeveralDays_CountsThemInTheMessage()
    {
        var map = ValidationMaps.Clean().ReviewCadence(TimeSpan.FromDays(10)).LastReviewedOn(new DateOnly(2026, 11, 10));

        map.Validate().IssuesOf("JK1025").Single().Message.Should().Contain("due on 2026-11-20, 2 days ago.");
    }

    [Fact]
    public void JK1025_UsesTheGivenTimeProvider()
    {
        var map = ValidationMaps.Clean().Build();

        map.Validate(timeProvider: FixedClock.On(2026, 12, 1)).IssuesOf("JK1025").Should().BeEmpty();
        map.Validate(timeProvider: FixedClock.On(2027, 3, 1)).IssuesOf("JK1025").Should().ContainSingle();
    }

    [Fact]
    public void Messages_NameTheElementByNameAndId()
    {
        var report = ValidationMaps.Clean().Stage("Eat", s => s.Step("Eats")).Validate();

        report.IssuesOf("JK1004").Single().Message.Should().Contain("'Eat'").And.Contain("(eat)").And.Contain(".OwnedBy(");
        report.IssuesOf("JK1004").Single().Location.Description.Should().Be("Stage 'Eat'");
        report.IssuesOf("JK1009").Single().Location.Description.Should().Be("Stage 'Eat' > Step 'Eats'");
    }

    [Fact]
    public void Catalog_EveryRule_HasADistinctTitle()
    {
        var titles = ValidationRuleSet.Default.Rules.Select(r => r.Info.Title).ToList();

        titles.Should().OnlyContain(t => t.Length > 5).And.OnlyHaveUniqueItems();
    }

    [Theory]
    [InlineData(0, "has 0 stages;")]
    [InlineData(1, "has 1 stage;")]
    public void JK1002_Message_CountsTheStages(int stages, string expected)
    {
        var map = JourneyMap.Create("m").Persona("P");
        for (var i = 0; i < stages; i++)
        {
            map.Stage($"Stage {i}", s => s.Step("a").Step("b").Step("c"));
        }

        map.Validate().IssuesOf("JK1002").Single().Message.Should().Contain(expected);
    }

    [Theory]
    [InlineData(1, "has 1 step;")]
    [InlineData(2, "has 2 steps;")]
    public void JK1003_Message_CountsTheSteps(int steps, string expected)
    {
        var map = JourneyMap.Create("m").Persona("P").Stage("One", s =>
        {
            for (var i = 0; i < steps; i++)
            {
                s.Step($"Step {i}");
            }
        });

        map.Validate().IssuesOf("JK1003").Single().Message.Should().Contain(expected);
    }

    [Fact]
    public void JK1006_StageWithoutSteps_LeavesItToJK1008()
    {
        var report = ValidationMaps.Clean().Stage("Eat").Validate();

        report.IssuesOf("JK1008").Should().ContainSingle();
        report.IssuesOf("JK1006").Should().BeEmpty();
    }

    [Fact]
    public void JK1011_SeveralNegativeEmotions_ReportsTheStepOnce()
    {
        var map = ValidationMaps.Clean().Persona("Teacher").EditStage("pay", s => s.Step("Waits", st => st
            .Emotion(-2, persona: "Student").Emotion(-1, persona: "Teacher")));

        map.Validate().IssuesOf("JK1011").Should().ContainSingle();
    }

    [Fact]
    public void JK1016_OtherUnits_AreNotPercentages()
    {
        var map = ValidationMaps.Clean().EditStage("pay", s => s.Metric("Queue", m => m.Kind(MetricKind.Duration).Unit("min").Target(150).Actual(-1)));

        map.Validate().IssuesOf("JK1016").Should().BeEmpty();
    }

    [Fact]
    public void JK1017_LargeCatalog_KnowsEveryTouchpointAStepUses()
    {
        var map = ValidationMaps.Clean();
        for (var i = 0; i < 20; i++)
        {
            map.Touchpoint($"Kiosk {i}", t => t.OnChannel("In person"));
        }

        map.EditStage("pay", s => s.EditStep("pays", st =>
        {
            for (var i = 0; i < 20; i++)
            {
                st.Via($"kiosk-{i}");
            }
        }));

        map.Validate().IssuesOf("JK1017").Should().BeEmpty();
    }

    [Fact]
    public void JK1017_LargeCatalog_ReportsOnlyTheUnusedTouchpoint()
    {
        var map = ValidationMaps.Clean();
        for (var i = 0; i < 20; i++)
        {
            map.Touchpoint($"Kiosk {i}", t => t.OnChannel("In person"));
        }

        map.EditStage("pay", s => s.EditStep("pays", st =>
        {
            for (var i = 0; i < 19; i++)
            {
                st.Via($"kiosk-{i}");
            }
        }));

        map.Validate().IssuesOf("JK1017").Select(i => i.Location.ElementId).Should().Equal("kiosk-19");
    }

    [Fact]
    public void JK1018_LargeCatalog_ReportsOnlyTheUnusedChannel()
    {
        var map = ValidationMaps.Clean();
        for (var i = 0; i < 20; i++)
        {
            map.Channel($"Radio {i}");
            if (i != 17)
            {
                map.Touchpoint($"Spot {i}", t => t.OnChannel($"radio-{i}"));
            }
        }

        map.Validate().IssuesOf("JK1018").Select(i => i.Location.ElementId).Should().Equal("radio-17");
    }

    [Theory]
    [InlineData("stage")]
    [InlineData("step")]
    [InlineData("opportunity")]
    public void JK1019_OwnerOfOnlyOneElement_IsUsed(string owns)
    {
        var map = ValidationMaps.Clean().Owner("Cashier").Stage("Leave", s =>
        {
            if (owns == "stage")
            {
                s.OwnedBy("Cashier");
            }

            s.Step("Leaves", st =>
            {
                if (owns == "step")
                {
                    st.OwnedBy("Cashier");
                }

                st.Opportunity("Say goodbye", o =>
                {
                    if (owns == "opportunity")
                    {
                        o.OwnedBy("Cashier");
                    }
                });
            });
        });

        map.Validate().IssuesOf("JK1019").Should().BeEmpty();
    }

    [Fact]
    public void JK1023_TransitionWithoutShare_MayLetCustomersGoOn()
    {
        var map = ValidationMaps.Clean()
            .Branch("Looks at the menu", "Pays", "Takes the dish of the day", 1m)
            .Exit("Looks at the menu", "Leaves without food");

        map.Validate().IssuesOf("JK1023").Should().BeEmpty();
    }

    [Fact]
    public void JK1024_LoopWithAnExitInside_IsNotATrap()
    {
        var map = ValidationMaps.Clean()
            .Loop("Pays", "Looks at the menu", "Always goes back", 0.5m)
            .Exit("Pays", "Leaves after paying", 0.5m);

        map.Validate().IssuesOf("JK1024").Should().BeEmpty();
    }
}
