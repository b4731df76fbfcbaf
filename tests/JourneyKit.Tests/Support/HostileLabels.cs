namespace JourneyKit.Tests.Support;

/// <summary>Labels that try to break out of text in XML, HTML, SVG, Markdown or a spreadsheet, and a map that uses them everywhere.</summary>
public static class HostileLabels
{
    public static readonly string[] All =
    [
        "<script>window.__journeykitPwned=1;alert('script')</script>",
        "<img src=x onerror=\"window.__journeykitPwned=1;alert('img')\">",
        "\" onmouseover=\"window.__journeykitPwned=1\" x=\"",
        "' onload='window.__journeykitPwned=1' '",
        "]]><script>window.__journeykitPwned=1</script><![CDATA[",
        "</text></svg><script>window.__journeykitPwned=1</script>",
        "</style><script>window.__journeykitPwned=1</script>",
        "<foreignObject><iframe src=\"https://example.com\"></iframe></foreignObject>",
        "<a href=\"javascript:window.__journeykitPwned=1\">click</a>",
        "javascript:alert(1)",
        "<!-- comment --> &amp; &lt; &#x3C;script&#x3E;",
        "<?xml-stylesheet href=\"https://example.com/x.css\"?>",
        "<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>&e;",
        "url(https://example.com/track.png) @import 'https://example.com/x.css';",
        "line\nbreak\r\nand\ttab",
        "nul\0bell\u0007escape\u001b del\u007F next\u0085line",
        "bidi \u202Eevil\u202C and \u2066isolate\u2069 \u200Fmark",
        "zero\u200Bwidth\u200Djoiner\uFEFFmark",
        "not a character \uFFFE\uFFFF",
        "| table | cell | `code` **bold** [link](javascript:alert(1))",
        "=HYPERLINK(\"https://example.com\")",
        "选择午餐，然后付款。非常长的中文标签需要在字符之间换行才能显示完整",
        "Очень длинная кириллическая надпись, которая должна переноситься по словам",
        "🎉 emoji 👩‍👩‍👧 family",
    ];

    /// <summary>A map with one hostile label in every kind of text field, cycling through <see cref="All"/>.</summary>
    public static JourneyMap Map(int offset = 0)
    {
        var n = offset;
        string Next() => All[n++ % All.Length];
        return JourneyMap.Create(Next())
            .Description(Next())
            .Revision(1, author: Next(), note: Next())
            .Persona(Next(), p => p.Id("persona").Segment(Next()).Goal(Next()).Need(Next()).Frustration(Next()).Behaviour(Next()))
            .Owner(Next(), o => o.Id("owner"))
            .Channel(Next(), c => c.Id("channel"))
            .Touchpoint(Next(), t => t.Id("touchpoint").OnChannel("channel"))
            .Stage(Next(), s => s.Id("stage").Goal(Next()).Question(Next()).OwnedBy("owner").Metric(Next(), m => m.Id("stage-metric").Unit(Next()).Target(1).Actual(2))
                .Step(Next(), st => st.Id("step").Description(Next()).Action(Next(), Next()).Thought(Next()).Emotion(-1, Next()).Via("touchpoint")
                    .PainPoint(Next(), PainSeverity.Critical, "pain").Opportunity(Next(), o => o.Id("opportunity").Description(Next()).Addresses("pain"))
                    .Metric(Next(), m => m.Id("step-metric").Unit(Next())).BackStage(Next(), BackStageKind.People, Next(), "backstage").OwnedBy("owner"))
                .Step(Next(), st => st.Id("next").Emotion(2, Next())))
            .Exit("next", Next())
            .Build();
    }
}
