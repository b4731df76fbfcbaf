using System.Text;
using JourneyKit.Localization;
using JourneyKit.Samples.Web.Hosting;
using JourneyKit.Samples.Web.Revisions;
using static JourneyKit.Samples.Web.Pages.Html;

namespace JourneyKit.Samples.Web.Pages;

/// <summary>The start page: paste or upload a map, the stored revisions, and the merge of two of them.</summary>
public static class HomePage
{
    /// <summary>Renders the page's body.</summary>
    public static string Body(JourneyLanguage language, IReadOnlyList<StoredRevision> revisions)
    {
        string T(string key) => E(PageText.Get(language, key));
        var body = new StringBuilder()
            .Append("<form method=\"post\" action=\"/revisions\" enctype=\"multipart/form-data\">\n")
            .Append("<input type=\"hidden\" name=\"lang\" value=\"").Append(E(language.Tag)).Append("\">\n")
            .Append("<p><label for=\"text\">").Append(T("paste")).Append("</label><br><textarea id=\"text\" name=\"text\" spellcheck=\"false\"></textarea></p>\n")
            .Append("<p><label for=\"file\">").Append(T("upload")).Append("</label> <input type=\"file\" id=\"file\" name=\"file\"></p>\n")
            .Append("<p><label for=\"format\">").Append(T("format")).Append("</label> <select id=\"format\" name=\"format\"><option value=\"auto\">").Append(T("auto")).Append("</option>");
        foreach (var format in HostLimits.Formats.Formats.Where(f => f.Reader is not null))
        {
            body.Append("<option>").Append(E(format.Name)).Append("</option>");
        }

        body.Append("</select> <button type=\"submit\">").Append(T("read")).Append("</button></p>\n</form>\n");
        if (revisions.Count == 0)
        {
            return body.ToString();
        }

        body.Append("<h2>").Append(T("revisions")).Append("</h2>\n<ol class=\"revisions\">\n");
        foreach (var revision in revisions)
        {
            body.Append("<li value=\"").Append(revision.Number).Append("\"><a href=\"/revisions/").Append(revision.Number).Append('?').Append(PageLanguage.Query(language)).Append("\">")
                .Append(E(revision.Map.Title)).Append("</a> (").Append(E(revision.Origin)).Append(")</li>\n");
        }

        body.Append("</ol>\n");
        if (revisions.Count >= 2)
        {
            body.Append("<h2>").Append(T("merge")).Append("</h2>\n<form method=\"post\" action=\"/merge\">\n")
                .Append("<input type=\"hidden\" name=\"lang\" value=\"").Append(E(language.Tag)).Append("\">\n")
                .Append("<label for=\"base\">").Append(T("base")).Append("</label> ").Append(RevisionSelect("base", revisions, revisions[0].Number)).Append('\n')
                .Append("<label for=\"ours\">").Append(T("ours")).Append("</label> ").Append(RevisionSelect("ours", revisions, revisions[^2].Number)).Append('\n')
                .Append("<label for=\"theirs\">").Append(T("theirs")).Append("</label> ").Append(RevisionSelect("theirs", revisions, revisions[^1].Number)).Append('\n')
                .Append("<button type=\"submit\">").Append(T("merge")).Append("</button>\n</form>\n");
        }

        return body.ToString();
    }
}
