using JourneyKit.Model.Shapes;
using TextRule = JourneyKit.Validation.Rules.TextRule;
using JourneyKit.Validation;
using JourneyKit.Validation.Rules;

namespace JourneyKit.Tests.Validation.Rules;

/// <summary>
/// The text walk skips the text rules for a text that is short enough and holds none of their suspect characters; these
/// tests hold every built-in text rule to that promise, for every UTF-16 code unit.
/// </summary>
public class TextRuleScreenTests
{
    [Fact]
    public void BuiltInRules_HoldEveryTextRule_SoTheScreenKnowsTheirSuspects()
    {
        var declared = typeof(TextRule).Assembly.GetTypes().Where(t => t.IsSubclassOf(typeof(TextRule)) && !t.IsAbstract);

        BuiltInRules.All.OfType<TextRule>().Select(r => r.GetType()).Should().BeEquivalentTo(declared, "the text walk screens for the suspects of the built-in text rules only");
    }

    public static TheoryData<string> TextRuleIds() => [.. BuiltInRules.All.OfType<TextRule>().Select(r => r.Info.Id)];

    [Theory]
    [MemberData(nameof(TextRuleIds))]
    public void Inspect_ShortTextWithoutSuspects_ReportsNothing(string ruleId)
    {
        var rule = BuiltInRules.All.OfType<TextRule>().Single(r => r.Info.Id == ruleId);
        var map = JourneyMap.Create("Lunch").Stage("Pay", s => s.Step("Pays")).Build();
        var context = new RuleContext(map, DateTimeOffset.UnixEpoch, rule.Info, rule.Info.DefaultSeverity, []);
        var site = new TextSite(map, map.Stages[0], map.Stages[0].Steps[0], null, "name");
        var longest = rule.AlwaysFineUpTo == int.MaxValue ? 300 : rule.AlwaysFineUpTo;

        for (var c = 0; c <= char.MaxValue; c++)
        {
            if (rule.Suspects.Contains((char)c, StringComparison.Ordinal))
            {
                continue;
            }

            var text = new string((char)c, longest);
            rule.Inspect(context, text, TextField.Name, site);
            rule.Inspect(context, text, TextField.Text, site);
        }

        context.Issues.Should().BeEmpty($"{ruleId} must report no text the walk's screen lets pass");
    }

    [Theory]
    [MemberData(nameof(TextRuleIds))]
    public void Inspect_EachSuspectOrALongerText_IsReported(string ruleId)
    {
        var rule = BuiltInRules.All.OfType<TextRule>().Single(r => r.Info.Id == ruleId);
        var map = JourneyMap.Create("Lunch").Stage("Pay", s => s.Step("Pays")).Build();
        var site = new TextSite(map, map.Stages[0], map.Stages[0].Steps[0], null, "name");

        foreach (var suspect in rule.Suspects)
        {
            var context = new RuleContext(map, DateTimeOffset.UnixEpoch, rule.Info, rule.Info.DefaultSeverity, []);
            rule.Inspect(context, $"a{suspect}b", TextField.Name, site);
            context.Issues.Should().NotBeEmpty($"U+{(int)suspect:X4} is a suspect of {ruleId}, so a name holding it is reported");
        }

        if (rule.AlwaysFineUpTo < int.MaxValue)
        {
            var context = new RuleContext(map, DateTimeOffset.UnixEpoch, rule.Info, rule.Info.DefaultSeverity, []);
            rule.Inspect(context, new string('a', rule.AlwaysFineUpTo + 1), TextField.Name, site);
            context.Issues.Should().NotBeEmpty($"{ruleId} screens texts up to {rule.AlwaysFineUpTo} characters, so a longer name is what it looks for");
        }

        (rule.Suspects.Length > 0 || rule.AlwaysFineUpTo < int.MaxValue).Should().BeTrue($"{ruleId} must give the screen something to look for");
    }
}
