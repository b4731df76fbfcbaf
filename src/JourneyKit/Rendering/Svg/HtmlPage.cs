using JourneyKit.Localization;

namespace JourneyKit.Rendering.Svg;

/// <summary>Builds a self-contained HTML page of escaped text, tables and one inline SVG.</summary>
internal sealed class HtmlPage : IDisposable
{
    private readonly Utf8Output _html = new(16384);

    public HtmlPage(string title, RenderTheme theme, string language)
    {
        _html.Raw("<!DOCTYPE html>\n<html lang=\""u8).Text(language).Raw("\">\n<head>\n<meta charset=\"utf-8\"/>\n"u8)
            .Raw("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; img-src data:\"/>\n"u8)
            .Raw("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n<meta name=\"generator\" content=\"JourneyKit\"/>\n"u8)
            .Raw("<title>"u8).Text(title).Raw("</title>\n<style>\n"u8)
            .Raw("body{margin:0;padding:24px;background:"u8).Raw(theme.Background).Raw(";color:"u8).Raw(theme.Text)
            .Raw(";font:14px/1.45 system-ui,-apple-system,'Segoe UI','Noto Sans','Noto Sans CJK SC','DejaVu Sans',sans-serif}\n"u8)
            .Raw("h1,h2,p,dt,dd,th,td,figcaption{unicode-bidi:plaintext}\n"u8)
            .Raw("h1{font-size:26px;margin:0 0 4px}h2{font-size:18px;margin:28px 0 8px}.muted{color:"u8).Raw(theme.MutedText).Raw("}\n"u8)
            .Raw(".persona{border-left:4px solid "u8).Raw(theme.Stage).Raw(";padding:4px 12px;margin:12px 0}.persona h2{margin:0}\n"u8)
            .Raw("dl{display:grid;grid-template-columns:max-content 1fr;gap:2px 12px;margin:6px 0}dt{font-weight:700}dd{margin:0}\n"u8)
            .Raw("figure{margin:16px 0;overflow-x:auto}figure svg{display:block}figcaption{font-size:12px}\n"u8)
            .Raw("table{border-collapse:collapse;width:100%;margin:4px 0 12px}th,td{border:1px solid "u8).Raw(theme.Grid)
            .Raw(";padding:4px 8px;text-align:left;vertical-align:top;overflow-wrap:anywhere}th{background:"u8).Raw(theme.Surface).Raw("}\n"u8)
            .Raw(".legend span{display:inline-block;margin-right:16px;padding:0 6px;border:2px solid}\n"u8)
            .Raw(".legend .added{border-color:"u8).Raw(theme.Added).Raw("}.legend .removed{border-color:"u8).Raw(theme.Removed)
            .Raw(";border-style:dashed;text-decoration:line-through}.legend .changed{border-color:"u8).Raw(theme.Changed)
            .Raw("}.legend .moved{border-color:"u8).Raw(theme.Moved).Raw("}\n"u8)
            .Raw("@media print{body{padding:0;background:#fff;color:#000}figure{overflow:visible}figure svg{max-width:100%;height:auto}"u8)
            .Raw("tr,.persona{break-inside:avoid}thead{display:table-header-group}}\n"u8)
            .Raw("</style>\n</head>\n<body>\n"u8);
    }

    public HtmlPage Heading(int level, string text)
    {
        _html.Raw("<h"u8).Number(level).Raw('>').Text(text).Raw("</h"u8).Number(level).Raw(">\n"u8);
        return this;
    }

    public HtmlPage Paragraph(string text, string? cls = null)
    {
        _html.Raw(cls is null ? "<p>" : $"<p class=\"{cls}\">").Text(text).Raw("</p>\n"u8);
        return this;
    }

    public HtmlPage Open(string element, string cls)
    {
        _html.Raw('<').Raw(element).Raw(" class=\""u8).Raw(cls).Raw("\">\n"u8);
        return this;
    }

    public HtmlPage Close(string element)
    {
        _html.Raw("</"u8).Raw(element).Raw(">\n"u8);
        return this;
    }

    public HtmlPage Facts(params (string Label, ValueList<string> Items)[] facts)
    {
        if (facts.All(f => f.Items.IsEmpty))
        {
            return this;
        }

        _html.Raw("<dl>\n"u8);
        foreach (var (label, items) in facts.Where(f => !f.Items.IsEmpty))
        {
            _html.Raw("<dt>"u8).Text(label).Raw("</dt><dd>"u8).Text(string.Join("; ", items)).Raw("</dd>\n"u8);
        }

        _html.Raw("</dl>\n"u8);
        return this;
    }

    public HtmlPage Legend(JourneyLanguage words)
    {
        _html.Raw("<p class=\"legend\"><span class=\"added\">"u8).Text(words["Mark.Added"]).Raw("</span><span class=\"removed\">"u8).Text(words["Mark.Removed"])
            .Raw("</span><span class=\"changed\">"u8).Text(words["Mark.Changed"]).Raw("</span><span class=\"moved\">"u8).Text(words["Mark.Moved"]).Raw("</span></p>\n"u8);
        return this;
    }

    public HtmlPage Figure(SvgDocument svg, string caption)
    {
        _html.Raw("<figure>\n"u8);
        svg.AppendTo(_html);
        _html.Raw("<figcaption class=\"muted\">"u8).Text(caption).Raw("</figcaption>\n</figure>\n"u8);
        return this;
    }

    public HtmlPage Table(string[] headers, IEnumerable<string[]> rows, string empty)
    {
        using var body = new Utf8Output(1024);
        foreach (var row in rows)
        {
            body.Raw("<tr>"u8);
            foreach (var cell in row)
            {
                body.Raw("<td>"u8).Text(cell).Raw("</td>"u8);
            }

            body.Raw("</tr>\n"u8);
        }

        if (body.Length == 0)
        {
            return empty.Length == 0 ? this : Paragraph(empty, "muted");
        }

        _html.Raw("<table>\n<thead><tr>"u8);
        foreach (var header in headers)
        {
            _html.Raw("<th scope=\"col\">"u8).Text(header).Raw("</th>"u8);
        }

        _html.Raw("</tr></thead>\n<tbody>\n"u8).Raw(body.Written).Raw("</tbody>\n</table>\n"u8);
        return this;
    }

    public void Dispose() => _html.Dispose();

    public Utf8Output Close() => _html.Raw("</body>\n</html>\n"u8);
}
