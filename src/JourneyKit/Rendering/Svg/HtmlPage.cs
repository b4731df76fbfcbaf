using System.Text;

namespace JourneyKit.Rendering.Svg;

/// <summary>Builds a self-contained HTML page of escaped text, tables and one inline SVG.</summary>
internal sealed class HtmlPage
{
    private readonly StringBuilder _html = new(8192);

    public HtmlPage(string title, RenderTheme theme)
    {
        _html.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\"/>\n")
            .Append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; img-src data:\"/>\n")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n<meta name=\"generator\" content=\"JourneyKit\"/>\n")
            .Append("<title>").AppendEscaped(title).Append("</title>\n<style>\n")
            .Append("body{margin:0;padding:24px;background:").Append(theme.Background).Append(";color:").Append(theme.Text)
            .Append(";font:14px/1.45 system-ui,-apple-system,'Segoe UI','Noto Sans','Noto Sans CJK SC','DejaVu Sans',sans-serif}\n")
            .Append("h1{font-size:26px;margin:0 0 4px}h2{font-size:18px;margin:28px 0 8px}.muted{color:").Append(theme.MutedText).Append("}\n")
            .Append(".persona{border-left:4px solid ").Append(theme.Stage).Append(";padding:4px 12px;margin:12px 0}.persona h2{margin:0}\n")
            .Append("dl{display:grid;grid-template-columns:max-content 1fr;gap:2px 12px;margin:6px 0}dt{font-weight:700}dd{margin:0}\n")
            .Append("figure{margin:16px 0;overflow-x:auto}figure svg{display:block}figcaption{font-size:12px}\n")
            .Append("table{border-collapse:collapse;width:100%;margin:4px 0 12px}th,td{border:1px solid ").Append(theme.Grid)
            .Append(";padding:4px 8px;text-align:left;vertical-align:top;overflow-wrap:anywhere}th{background:").Append(theme.Surface).Append("}\n")
            .Append(".legend span{display:inline-block;margin-right:16px;padding:0 6px;border:2px solid}\n")
            .Append(".legend .added{border-color:").Append(theme.Added).Append("}.legend .removed{border-color:").Append(theme.Removed)
            .Append(";border-style:dashed;text-decoration:line-through}.legend .changed{border-color:").Append(theme.Changed)
            .Append("}.legend .moved{border-color:").Append(theme.Moved).Append("}\n")
            .Append("@media print{body{padding:0;background:#fff;color:#000}figure{overflow:visible}figure svg{max-width:100%;height:auto}")
            .Append("tr,.persona{break-inside:avoid}thead{display:table-header-group}}\n")
            .Append("</style>\n</head>\n<body>\n");
    }

    public HtmlPage Heading(int level, string text)
    {
        _html.Append("<h").Append((char)('0' + level)).Append('>').AppendEscaped(text).Append("</h").Append((char)('0' + level)).Append(">\n");
        return this;
    }

    public HtmlPage Paragraph(string text, string? cls = null)
    {
        _html.Append(cls is null ? "<p>" : $"<p class=\"{cls}\">").AppendEscaped(text).Append("</p>\n");
        return this;
    }

    public HtmlPage Open(string element, string cls)
    {
        _html.Append('<').Append(element).Append(" class=\"").Append(cls).Append("\">\n");
        return this;
    }

    public HtmlPage Close(string element)
    {
        _html.Append("</").Append(element).Append(">\n");
        return this;
    }

    public HtmlPage Facts(params (string Label, ValueList<string> Items)[] facts)
    {
        if (facts.All(f => f.Items.IsEmpty))
        {
            return this;
        }

        _html.Append("<dl>\n");
        foreach (var (label, items) in facts.Where(f => !f.Items.IsEmpty))
        {
            _html.Append("<dt>").AppendEscaped(label).Append("</dt><dd>").AppendEscaped(string.Join("; ", items)).Append("</dd>\n");
        }

        _html.Append("</dl>\n");
        return this;
    }

    public HtmlPage Legend()
    {
        _html.Append("<p class=\"legend\"><span class=\"added\">+ added</span><span class=\"removed\">− removed</span>")
            .Append("<span class=\"changed\">~ changed</span><span class=\"moved\">↔ moved</span></p>\n");
        return this;
    }

    public HtmlPage Figure(string svg, string caption)
    {
        _html.Append("<figure>\n").Append(svg).Append("<figcaption class=\"muted\">").AppendEscaped(caption).Append("</figcaption>\n</figure>\n");
        return this;
    }

    public HtmlPage Table(string[] headers, IEnumerable<string[]> rows, string empty)
    {
        var body = new StringBuilder();
        foreach (var row in rows)
        {
            body.Append("<tr>");
            foreach (var cell in row)
            {
                body.Append("<td>").AppendEscaped(cell).Append("</td>");
            }

            body.Append("</tr>\n");
        }

        if (body.Length == 0)
        {
            return empty.Length == 0 ? this : Paragraph(empty, "muted");
        }

        _html.Append("<table>\n<thead><tr>");
        foreach (var header in headers)
        {
            _html.Append("<th scope=\"col\">").AppendEscaped(header).Append("</th>");
        }

        _html.Append("</tr></thead>\n<tbody>\n").Append(body).Append("</tbody>\n</table>\n");
        return this;
    }

    public string Close() => _html.Append("</body>\n</html>\n").ToString();
}
