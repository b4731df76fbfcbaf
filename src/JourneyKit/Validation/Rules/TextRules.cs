using System.Buffers;
using System.Globalization;
using JourneyKit.Model.Shapes;
using JourneyKit.Walking;

namespace JourneyKit.Validation.Rules;

/// <summary>A rule about the text of a map; the validation walks the text once for all such rules.</summary>
internal abstract class TextRule(string id, IssueSeverity severity) : WalkingRule(id, severity, RuleCategory.Text)
{
    public sealed override bool VisitsStages => true;

    public sealed override bool VisitsSteps => true;

    public sealed override void Begin(RuleContext context)
    {
        var inspection = new TextInspection(this, context);
        context.State = inspection;
        TextWalker.WalkOutsideStages(context.Map, inspection);
    }

    public sealed override void VisitStage(RuleContext context, Stage stage) => TextWalker.WalkStage(context.Map, stage, (TextInspection)context.State!);

    public sealed override void VisitStep(RuleContext context, Stage stage, Step step) => TextWalker.WalkStep(context.Map, stage, step, (TextInspection)context.State!);

    /// <summary>Gets the characters that may get a text of any length reported; the text walk screens for them once for all rules.</summary>
    public abstract string Suspects { get; }

    /// <summary>Gets the length up to which a text holding none of the <see cref="Suspects"/> is never reported.</summary>
    public virtual int AlwaysFineUpTo => int.MaxValue;

    public abstract void Inspect(RuleContext context, string text, TextField field, in TextSite site);

    /// <summary>Writes a character's code point as <c>U+000B</c>, the same in every language.</summary>
    protected static string Code(char character) => string.Create(CultureInfo.InvariantCulture, $"U+{(int)character:X4}");
}

/// <summary>
/// Walks the text of a map once for all the text rules of a validation, handing each text to every rule with its own
/// context: one pass instead of one per rule.
/// </summary>
internal sealed class TextRulesVisitor(JourneyMap map, (TextRule Rule, RuleContext Context)[] rules) : MapVisitor, ITextVisitor
{
    /// <summary>The suspects of every built-in text rule: screening for more than a rule set's own rules ask is still safe.</summary>
    private static readonly SearchValues<char> AnySuspect = SearchValues.Create(string.Concat(BuiltInRules.All.OfType<TextRule>().Select(r => r.Suspects)));

    private readonly int _alwaysFineUpTo = rules.Min(r => r.Rule.AlwaysFineUpTo);

    public override bool Visits(ElementKind kind) => kind is ElementKind.Stage or ElementKind.Step;

    public override void VisitMap(JourneyMap map) => TextWalker.WalkOutsideStages(map, this);

    public override void VisitStage(Stage stage, in MapPlace place) => TextWalker.WalkStage(place.Map, stage, this);

    public override void VisitStep(Step step, in MapPlace place) => TextWalker.WalkStep(place.Map, place.Stage!, step, this);

    public void Visit(string text, TextField field, in TextSite site)
    {
        // Nearly every text is short and plain: one vectorized search clears it for all rules.
        if (text.Length <= _alwaysFineUpTo && !text.AsSpan().ContainsAny(AnySuspect))
        {
            return;
        }

        foreach (var (rule, context) in rules)
        {
            try
            {
                rule.Inspect(context, text, field, in site);
            }
            catch (Exception exception) when (exception is not OutOfMemoryException)
            {
                throw GuardedVisitor.Failed(rule.Info, map, exception);
            }
        }
    }
}

/// <summary>Hands every text the walker finds to one text rule.</summary>
internal sealed class TextInspection(TextRule rule, RuleContext context) : ITextVisitor
{
    public void Visit(string text, TextField field, in TextSite site) => rule.Inspect(context, text, field, in site);
}

internal sealed class TextTooLongRule() : TextRule("JK1020", IssueSeverity.Warning)
{
    public const int MaxName = 200;
    public const int MaxText = 2000;

    public override string Suspects => "";

    public override int AlwaysFineUpTo => MaxName;

    public override void Inspect(RuleContext context, string text, TextField field, in TextSite site)
    {
        var limit = field == TextField.Name ? MaxName : MaxText;
        if (text.Length > limit)
        {
            var location = site.Location();
            Report(context, location, location.Describe(context.Language), text.Length, limit);
        }
    }
}

internal sealed class ControlCharacterRule() : TextRule("JK1021", IssueSeverity.Error)
{
    private static readonly string AnyControl = Controls(allowLineBreaks: false);
    private static readonly SearchValues<char> InNames = SearchValues.Create(AnyControl);
    private static readonly SearchValues<char> InTexts = SearchValues.Create(Controls(allowLineBreaks: true));

    private static string Controls(bool allowLineBreaks) =>
        new([.. Enumerable.Range(0, 0xA0).Select(c => (char)c).Where(char.IsControl).Where(c => !allowLineBreaks || c is not ('\n' or '\r' or '\t'))]);

    public override string Suspects => AnyControl;

    public override void Inspect(RuleContext context, string text, TextField field, in TextSite site)
    {
        var index = text.AsSpan().IndexOfAny(field == TextField.Name ? InNames : InTexts);
        if (index >= 0)
        {
            var location = site.Location();
            object?[] values = [location.Describe(context.Language), Code(text[index]), index];
            if (field == TextField.Name)
            {
                ReportVariant(context, location, "Name", values);
            }
            else
            {
                Report(context, location, values);
            }
        }
    }
}

internal sealed class BidiControlRule() : TextRule("JK1022", IssueSeverity.Error)
{
    private const string Characters = "\u202A\u202B\u202C\u202D\u202E\u2066\u2067\u2068\u2069";
    private static readonly SearchValues<char> Controls = SearchValues.Create(Characters);

    public override string Suspects => Characters;

    public override void Inspect(RuleContext context, string text, TextField field, in TextSite site)
    {
        var index = text.AsSpan().IndexOfAny(Controls);
        if (index >= 0)
        {
            var location = site.Location();
            Report(context, location, location.Describe(context.Language), Code(text[index]), index);
        }
    }
}
