using System.Globalization;
using System.Text;
using JourneyKit.Analysis;
using JourneyKit.Localization;
using JourneyKit.Samples.Web.Hosting;
using JourneyKit.Samples.Web.Revisions;
using JourneyKit.Validation;
using static JourneyKit.Samples.Web.Pages.Html;

namespace JourneyKit.Samples.Web.Pages;

/// <summary>One revision: its picture, its findings with their fixes, its analysis and charts, downloads, and a comparison.</summary>
public static class RevisionPage
{
    /// <summary>Renders the page's body.</summary>
    public static string Body(JourneyLanguage language, StoredRevision revision, IReadOnlyList<StoredRevision> revisions)
    {
        ArgumentNullException.ThrowIfNull(revision);
        string T(string key) => E(PageText.Get(language, key));
        var map = revision.Map;
        var lang = PageLanguage.Query(language);
        var at = $"/revisions/{revision.Number}";
        var body = new StringBuilder()
            .Append("<p class=\"origin\">#").Append(revision.Number).Append(" · ").Append(E(revision.Origin)).Append("</p>\n")
            .Append("<h2>").Append(T("picture")).Append("</h2>\n<p class=\"picture\"><img src=\"").Append(at).Append("/picture.svg?").Append(lang)
            .Append("\" alt=\"").Append(E(map.Title)).Append("\"></p>\n");

        // Findings, in the person's language, each with the rule's fix.
        var report = map.Validate(language: language);
        var rules = ValidationRuleSet.Default.Rules.ToDictionary(r => r.Info.Id, r => r.Info.In(language));
        body.Append("<h2>").Append(T("findings")).Append("</h2>\n");
        if (report.Issues.Count == 0)
        {
            body.Append("<p>").Append(T("none")).Append("</p>\n");
        }
        else
        {
            body.Append("<table class=\"findings\">\n<thead><tr><th></th><th>").Append(T("findings")).Append("</th><th>").Append(T("fix")).Append("</th></tr></thead>\n<tbody>\n");
            foreach (var issue in report.Issues)
            {
                var fix = rules.TryGetValue(issue.RuleId, out var rule) ? rule.Fix : "";
                body.Append("<tr><td>").Append(E(issue.RuleId)).Append(' ').Append(E(issue.Severity.ToString())).Append("</td><td>").Append(E(issue.Message))
                    .Append("<br><code>").Append(E(issue.Path.ToString())).Append("</code></td><td>").Append(E(fix)).Append("</td></tr>\n");
            }

            body.Append("</tbody>\n</table>\n");
        }

        // The analysis: how many complete the journey, where it hurts most, what to do first, and its charts.
        var analysis = map.Analyze();
        body.Append("<h2>").Append(T("analysis")).Append("</h2>\n<p>")
            .Append(E(analysis.Funnel.JourneyConversion.ToString("P1", Culture(language)))).Append(' ').Append(T("conversion")).Append("</p>\n<ul class=\"moments\">\n");
        foreach (var moment in analysis.Moments.Take(3))
        {
            body.Append("<li>").Append(E(map.FindStep(moment.StepId)?.Name ?? moment.StepId)).Append("</li>\n");
        }

        body.Append("</ul>\n<h3>").Append(T("charts")).Append("</h3>\n<p class=\"charts\">");
        foreach (var chart in new[] { "funnel", "matrix", "curves" })
        {
            body.Append("<img src=\"").Append(at).Append("/charts/").Append(chart).Append(".svg?").Append(lang).Append("\" alt=\"").Append(chart).Append("\">");
        }

        body.Append("</p>\n<h2>").Append(T("downloads")).Append("</h2>\n<ul class=\"downloads\">\n");
        foreach (var format in HostLimits.Formats.Formats.Where(f => f.Writer is not null))
        {
            body.Append("<li><a href=\"").Append(at).Append("/download/").Append(E(format.Name)).Append('?').Append(lang).Append("\">").Append(E(format.Name)).Append("</a></li>\n");
        }

        body.Append("</ul>\n");
        if (revisions.Count >= 2)
        {
            var other = revisions.LastOrDefault(r => r.Number != revision.Number)?.Number;
            body.Append("<h2>").Append(T("changes")).Append("</h2>\n<form method=\"get\" action=\"/changes\">\n")
                .Append("<input type=\"hidden\" name=\"lang\" value=\"").Append(E(language.Tag)).Append("\">\n")
                .Append("<input type=\"hidden\" name=\"from\" value=\"").Append(revision.Number).Append("\">\n")
                .Append("<label for=\"to\">").Append(T("compare")).Append("</label> ").Append(RevisionSelect("to", revisions, other))
                .Append(" <button type=\"submit\">").Append(T("show")).Append("</button>\n</form>\n");
        }

        return body.ToString();
    }

    /// <summary>A culture that writes numbers with the language's own decimal separator.</summary>
    public static CultureInfo Culture(JourneyLanguage language)
    {
        ArgumentNullException.ThrowIfNull(language);
        var culture = (CultureInfo)CultureInfo.InvariantCulture.Clone();
        culture.NumberFormat.PercentDecimalSeparator = language.DecimalSeparator.ToString();
        culture.NumberFormat.NumberDecimalSeparator = language.DecimalSeparator.ToString();
        return culture;
    }
}
