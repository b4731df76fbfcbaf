using System.Globalization;
using System.Text;
using JourneyKit.Samples.Web.Pages;

namespace JourneyKit.Samples.Web.Hosting;

/// <summary>
/// Writes a problem as a page when a browser asks for one (a form post accepts <c>text/html</c>), so a person who
/// pastes a broken map reads what is wrong and where, not JSON. The status and the facts are those of the problem
/// details every other client gets; every value is encoded.
/// </summary>
public sealed class HtmlProblemWriter : IProblemDetailsWriter
{
    private static readonly string[] Facts = ["format", "line", "column", "jsonPath", "path", "elementId"];

    /// <inheritdoc />
    public bool CanWrite(ProblemDetailsContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var accept = context.HttpContext.Request.GetTypedHeaders().Accept;
        return accept.Any(a => a.MediaType.Equals("text/html", StringComparison.OrdinalIgnoreCase));
    }

    /// <inheritdoc />
    public async ValueTask WriteAsync(ProblemDetailsContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var problem = context.ProblemDetails;
        var body = new StringBuilder("<section class=\"problem\">\n");
        if (problem.Detail is { } detail)
        {
            body.Append("<p>").Append(Html.E(detail)).Append("</p>\n");
        }

        var facts = Facts.Where(problem.Extensions.ContainsKey).Select(key => (key, Value: Convert.ToString(problem.Extensions[key], CultureInfo.InvariantCulture)))
            .Where(f => !string.IsNullOrEmpty(f.Value)).ToList();
        if (facts.Count > 0)
        {
            body.Append("<dl>\n");
            foreach (var (key, value) in facts)
            {
                body.Append("<dt>").Append(Html.E(key)).Append("</dt><dd><code>").Append(Html.E(value)).Append("</code></dd>\n");
            }

            body.Append("</dl>\n");
        }

        body.Append("<p><a href=\"/\">←</a></p>\n</section>\n");
        var request = context.HttpContext.Request;
        var page = Html.Page(request, PageLanguage.Of(request), problem.Title ?? "Problem", body.ToString(), problem.Status ?? StatusCodes.Status500InternalServerError);
        await page.ExecuteAsync(context.HttpContext);
    }
}
