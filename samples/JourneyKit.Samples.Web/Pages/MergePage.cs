using System.Text;
using JourneyKit.Diffing;
using JourneyKit.Localization;
using static JourneyKit.Samples.Web.Pages.Html;

namespace JourneyKit.Samples.Web.Pages;

/// <summary>A merge with conflicts left: each conflict with both sides, and a form to pick one and merge again.</summary>
public static class MergePage
{
    /// <summary>Renders the page's body.</summary>
    public static string Body(JourneyLanguage language, int @base, int ours, int theirs, MergeResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        string T(string key) => E(PageText.Get(language, key));
        var body = new StringBuilder()
            .Append("<p>").Append(T("pick")).Append("</p>\n<form method=\"post\" action=\"/merge\" class=\"conflicts\">\n")
            .Append("<input type=\"hidden\" name=\"lang\" value=\"").Append(E(language.Tag)).Append("\">\n")
            .Append("<input type=\"hidden\" name=\"base\" value=\"").Append(@base).Append("\">\n")
            .Append("<input type=\"hidden\" name=\"ours\" value=\"").Append(ours).Append("\">\n")
            .Append("<input type=\"hidden\" name=\"theirs\" value=\"").Append(theirs).Append("\">\n");
        var n = 0;
        foreach (var conflict in result.Conflicts)
        {
            var name = E("choice:" + conflict.Fingerprint);
            n++;
            body.Append("<fieldset class=\"conflict\">\n<legend>").Append(E(conflict.Describe(language))).Append("</legend>\n<code>").Append(E(conflict.Path.ToString())).Append("</code><br>\n");
            foreach (var (side, change, key) in new[] { (ConflictResolution.Ours, conflict.Ours, "ours"), (ConflictResolution.Theirs, conflict.Theirs, "theirs") })
            {
                var id = $"c{n}-{key}";
                var chosen = conflict.IsResolved ? conflict.Resolution == side : side == ConflictResolution.Ours;
                body.Append("<input type=\"radio\" name=\"").Append(name).Append("\" id=\"").Append(id).Append("\" value=\"").Append(key).Append('"').Append(chosen ? " checked" : "")
                    .Append("> <label for=\"").Append(id).Append("\">").Append(T(key)).Append(": ").Append(E(change?.Describe(language) ?? "—")).Append("</label><br>\n");
            }

            body.Append("</fieldset>\n");
        }

        return body.Append("<button type=\"submit\">").Append(T("merge")).Append("</button>\n</form>\n").ToString();
    }
}
