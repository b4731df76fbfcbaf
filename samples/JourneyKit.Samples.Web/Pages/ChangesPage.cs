using System.Text;
using JourneyKit.Diffing;
using JourneyKit.Localization;
using JourneyKit.Samples.Web.Revisions;
using JourneyKit.Validation;
using static JourneyKit.Samples.Web.Pages.Html;

namespace JourneyKit.Samples.Web.Pages;

/// <summary>The changes between two revisions: the changelog in the person's language and the visual diff, framed.</summary>
public static class ChangesPage
{
    /// <summary>Renders the page's body.</summary>
    public static string Body(JourneyLanguage language, StoredRevision from, StoredRevision to)
    {
        ArgumentNullException.ThrowIfNull(from);
        ArgumentNullException.ThrowIfNull(to);
        var lang = PageLanguage.Query(language);
        // The reports let the changelog list the findings each revision introduced and resolved.
        var changelog = DiffSummary.Of(from.Map, to.Map, issuesBefore: from.Map.Validate(language: language), issuesAfter: to.Map.Validate(language: language)).ToText(language);
        return new StringBuilder()
            .Append("<p><a href=\"/revisions/").Append(from.Number).Append('?').Append(lang).Append("\">#").Append(from.Number).Append("</a> → <a href=\"/revisions/")
            .Append(to.Number).Append('?').Append(lang).Append("\">#").Append(to.Number).Append("</a> · <a href=\"/api/revisions/").Append(from.Number)
            .Append("/changes/").Append(to.Number).Append('?').Append(lang).Append("\">Markdown</a></p>\n")
            .Append("<pre class=\"changelog\">").Append(E(changelog)).Append("</pre>\n")
            .Append("<h2>").Append(E(PageText.Get(language, "visual"))).Append("</h2>\n")
            // The visual diff is JourneyKit's own page, with its own styles: framed, sandboxed, under its own policy.
            .Append("<iframe sandbox title=\"").Append(E(PageText.Get(language, "visual"))).Append("\" src=\"/revisions/").Append(from.Number)
            .Append("/changes/").Append(to.Number).Append("/visual?").Append(lang).Append("\"></iframe>\n")
            .ToString();
    }
}
