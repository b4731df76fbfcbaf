using System.Globalization;
using JourneyKit.Localization;
using JourneyKit.Validation;

namespace JourneyKit.Cli.Gating;

/// <summary>
/// The gate's own sentences in each built-in language: the rules' titles, the regressions' messages and the job
/// summary. The words of the map (severities, statuses, changes) come from the library's <see cref="JourneyLanguage"/>.
/// Immutable and thread-safe.
/// </summary>
internal sealed class GateTexts
{
    private static readonly Dictionary<string, GateTexts> ByTag = new(StringComparer.Ordinal)
    {
        ["en"] = new()
        {
            Titles = ["New pain point", "Emotion drop", "Metric moving away from its target", "Opportunity dropped without being done", "Validation error introduced", "Stage lost its owner"],
            NewPainPoint = "New {0} pain point '{1}' at step '{2}'.",
            EmotionDrop = "Step '{0}' feels {1} points worse{2}: {3} → {4}.",
            ForPersona = " for persona '{0}'",
            MetricAway = "Metric '{0}' ({1}) moved from {2} to {3}, away from its target {4}.",
            OpportunityDropped = "Opportunity '{0}' ({1}) at step '{2}' was removed without being done or rejected.",
            StageLostOwner = "Stage {0} lost its owner '{1}'.",
            Heading = "Experience gate: {0} → {1}",
            NoRegression = "No experience regression.",
            Columns = ["severity", "rule", "finding"],
            Severities = ["error", "warning", "info"],
        },
        ["de"] = new()
        {
            Titles = ["Neuer Schmerzpunkt", "Emotionaler Einbruch", "Kennzahl entfernt sich von ihrem Ziel", "Chance entfernt, ohne erledigt zu sein", "Validierungsfehler eingeführt", "Phase hat ihren Verantwortlichen verloren"],
            NewPainPoint = "Neuer Schmerzpunkt „{1}“ (Schweregrad {0}) bei Schritt „{2}“.",
            EmotionDrop = "Schritt „{0}“ fühlt sich {1} Punkte schlechter an{2}: {3} → {4}.",
            ForPersona = " für Persona „{0}“",
            MetricAway = "Kennzahl „{0}“ ({1}) ging von {2} auf {3}, weg von ihrem Ziel {4}.",
            OpportunityDropped = "Chance „{0}“ ({1}) bei Schritt „{2}“ wurde entfernt, ohne erledigt oder verworfen zu sein.",
            StageLostOwner = "Phase {0} hat ihren Verantwortlichen „{1}“ verloren.",
            Heading = "Erlebnis-Gate: {0} → {1}",
            NoRegression = "Keine Verschlechterung des Erlebnisses.",
            Columns = ["Schweregrad", "Regel", "Befund"],
            Severities = ["Fehler", "Warnung", "Hinweis"],
        },
        ["zh-Hans"] = new()
        {
            Titles = ["新增痛点", "情绪下降", "指标偏离目标", "机会未完成即被删除", "引入验证错误", "阶段失去负责人"],
            NewPainPoint = "步骤“{2}”新增{0}严重度痛点“{1}”。",
            EmotionDrop = "步骤“{0}”{2}的感受变差了 {1} 分：{3} → {4}。",
            ForPersona = "（用户画像“{0}”）",
            MetricAway = "指标“{0}”（{1}）从 {2} 变为 {3}，偏离了目标 {4}。",
            OpportunityDropped = "步骤“{2}”的机会“{0}”（{1}）在既未完成也未否决时被删除。",
            StageLostOwner = "阶段 {0} 失去了负责人“{1}”。",
            Heading = "体验门禁：{0} → {1}",
            NoRegression = "没有体验退化。",
            Columns = ["严重度", "规则", "发现"],
            Severities = ["错误", "警告", "提示"],
        },
        ["bg"] = new()
        {
            Titles = ["Нова болезнена точка", "Спад на емоцията", "Показател, който се отдалечава от целта си", "Възможност, премахната без да е изпълнена", "Въведена грешка при проверка", "Етап без отговорник"],
            NewPainPoint = "Нова болезнена точка „{1}“ (сериозност: {0}) в стъпка „{2}“.",
            EmotionDrop = "Стъпка „{0}“ се усеща с {1} точки по-зле{2}: {3} → {4}.",
            ForPersona = " за персона „{0}“",
            MetricAway = "Показателят „{0}“ ({1}) се промени от {2} на {3}, далеч от целта си {4}.",
            OpportunityDropped = "Възможността „{0}“ ({1}) в стъпка „{2}“ е премахната, без да е изпълнена или отхвърлена.",
            StageLostOwner = "Етап {0} загуби отговорника си „{1}“.",
            Heading = "Проверка на изживяването: {0} → {1}",
            NoRegression = "Няма влошаване на изживяването.",
            Columns = ["сериозност", "правило", "констатация"],
            Severities = ["грешка", "предупреждение", "бележка"],
        },
        ["nb"] = new()
        {
            Titles = ["Nytt smertepunkt", "Fall i følelse", "Måltall beveger seg bort fra målet", "Mulighet fjernet uten å være ferdig", "Valideringsfeil innført", "Fase mistet sin ansvarlige"],
            NewPainPoint = "Nytt smertepunkt «{1}» (alvorlighet {0}) i steg «{2}».",
            EmotionDrop = "Steg «{0}» føles {1} poeng verre{2}: {3} → {4}.",
            ForPersona = " for persona «{0}»",
            MetricAway = "Måltall «{0}» ({1}) gikk fra {2} til {3}, bort fra målet {4}.",
            OpportunityDropped = "Mulighet «{0}» ({1}) i steg «{2}» ble fjernet uten å være ferdig eller avvist.",
            StageLostOwner = "Fase {0} mistet sin ansvarlige «{1}».",
            Heading = "Opplevelsesport: {0} → {1}",
            NoRegression = "Ingen forverring av opplevelsen.",
            Columns = ["alvorlighet", "regel", "funn"],
            Severities = ["feil", "advarsel", "merknad"],
        },
    };

    private GateTexts()
    {
    }

    /// <summary>Gets the rules' titles, in the order of <see cref="GateRules.All"/>.</summary>
    public required string[] Titles { get; init; }

    public required string NewPainPoint { get; init; }

    public required string EmotionDrop { get; init; }

    public required string ForPersona { get; init; }

    public required string MetricAway { get; init; }

    public required string OpportunityDropped { get; init; }

    public required string StageLostOwner { get; init; }

    public required string Heading { get; init; }

    public required string NoRegression { get; init; }

    /// <summary>Gets the job summary's column headings: severity, rule, finding.</summary>
    public required string[] Columns { get; init; }

    /// <summary>Gets the words for error, warning and info in the job summary.</summary>
    public required string[] Severities { get; init; }

    /// <summary>Gets the language's numbers: its decimal separator, no grouping, as the gate wrote them in English.</summary>
    public NumberFormatInfo Numbers { get; private init; } = NumberFormatInfo.InvariantInfo;

    /// <summary>The gate's texts in a built-in language (the command line and the configuration accept no other), else English.</summary>
    public static GateTexts For(JourneyLanguage language)
    {
        var texts = ByTag.GetValueOrDefault(language.Tag) ?? ByTag["en"];
        var numbers = (NumberFormatInfo)NumberFormatInfo.InvariantInfo.Clone();
        numbers.NumberDecimalSeparator = language.DecimalSeparator.ToString();
        return new GateTexts
        {
            Titles = texts.Titles, NewPainPoint = texts.NewPainPoint, EmotionDrop = texts.EmotionDrop, ForPersona = texts.ForPersona,
            MetricAway = texts.MetricAway, OpportunityDropped = texts.OpportunityDropped, StageLostOwner = texts.StageLostOwner,
            Heading = texts.Heading, NoRegression = texts.NoRegression, Columns = texts.Columns, Severities = texts.Severities,
            Numbers = NumberFormatInfo.ReadOnly(numbers),
        };
    }

    public string Format(string text, params object?[] values) => string.Format(Numbers, text, values);

    public string Severity(IssueSeverity severity) => severity switch
    {
        IssueSeverity.Error => Severities[0],
        IssueSeverity.Warning => Severities[1],
        _ => Severities[2],
    };
}
