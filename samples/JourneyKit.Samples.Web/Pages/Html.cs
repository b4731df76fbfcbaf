using System.Text;
using System.Text.Encodings.Web;
using JourneyKit.Localization;

namespace JourneyKit.Samples.Web.Pages;

/// <summary>
/// The frame of every page, and the one way text gets into one: <see cref="E"/> encodes every label a map carries, so a
/// label is always text, whatever it holds. The pages carry no script; forms post and the server answers with a page.
/// </summary>
public static class Html
{
    // Every script and language as itself, so Chinese and Cyrillic labels stay readable in the source; markup is always encoded.
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(System.Text.Unicode.UnicodeRanges.All);

    /// <summary>Encodes text for HTML content and attribute values.</summary>
    public static string E(string? text) => Encoder.Encode(text ?? "");

    /// <summary>Answers with a page in the person's language, with links to the same page in every built-in language.</summary>
    public static IResult Page(HttpRequest request, JourneyLanguage language, string title, string body, int status = StatusCodes.Status200OK)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(language);
        var here = HttpMethods.IsGet(request.Method) ? request.Path.ToString() : "/";
        var page = new StringBuilder()
            .Append("<!DOCTYPE html>\n<html lang=\"").Append(E(language.Tag)).Append("\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .Append("<title>").Append(E(title)).Append(" · ").Append(E(PageText.Get(language, "app"))).Append("</title>\n")
            .Append("<link rel=\"stylesheet\" href=\"/site.css\">\n</head>\n<body>\n<header>\n")
            .Append("<a class=\"home\" href=\"/?").Append(PageLanguage.Query(language)).Append("\">").Append(E(PageText.Get(language, "app"))).Append("</a>\n")
            .Append("<nav aria-label=\"").Append(E(PageText.Get(language, "language"))).Append("\">");
        foreach (var other in JourneyLanguage.BuiltIn)
        {
            page.Append(" <a hreflang=\"").Append(E(other.Tag)).Append("\" href=\"").Append(E(here)).Append('?').Append(PageLanguage.Query(other)).Append('"')
                .Append(other == language ? " aria-current=\"true\">" : ">").Append(E(other.Tag)).Append("</a>");
        }

        page.Append("</nav>\n</header>\n<main>\n<h1>").Append(E(title)).Append("</h1>\n").Append(body).Append("</main>\n</body>\n</html>\n");
        return Results.Content(page.ToString(), "text/html; charset=utf-8", Encoding.UTF8, status);
    }

    /// <summary>A <c>select</c> of the stored revisions.</summary>
    public static string RevisionSelect(string name, IEnumerable<Revisions.StoredRevision> revisions, int? selected)
    {
        var select = new StringBuilder("<select name=\"").Append(E(name)).Append("\" id=\"").Append(E(name)).Append("\">");
        foreach (var revision in revisions)
        {
            select.Append("<option value=\"").Append(revision.Number).Append('"').Append(revision.Number == selected ? " selected" : "").Append('>')
                .Append(revision.Number).Append(" · ").Append(E(revision.Map.Title)).Append("</option>");
        }

        return select.Append("</select>").ToString();
    }
}
