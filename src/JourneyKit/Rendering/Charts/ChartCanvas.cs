using JourneyKit.Localization;
using JourneyKit.Rendering.Layout;
using JourneyKit.Rendering.Svg;

namespace JourneyKit.Rendering.Charts;

/// <summary>
/// What the three analysis charts share: the theme's colours in one style sheet scoped to the chart, a title and a
/// description for screen readers, wrapped and escaped text, and a body drawn before the height is known.
/// </summary>
internal sealed class ChartCanvas : IDisposable
{
    public const double Margin = 24;
    public const double FontSize = 12;
    public const double LineHeight = 15;
    public const double TitleSize = 18;
    public const double TitleLineHeight = 22;
    public const double SmallSize = 10;
    public const double SmallLineHeight = 13;

    /// <summary>Dash patterns of the curves, so colour is never the only cue (as in the map's own emotion lane).</summary>
    public static readonly string[] Dashes = ["", "8 4", "2 3", "10 3 2 3", "5 5"];

    private readonly Utf8Output _body;

    public ChartCanvas(RenderTheme theme, JourneyLanguage words, int capacity)
    {
        Theme = theme;
        Words = words;
        _body = new Utf8Output(capacity);
    }

    public RenderTheme Theme { get; }

    public JourneyLanguage Words { get; }

    /// <summary>Gets the body, drawn from the top; <see cref="Finish"/> puts the opening tag, title and style sheet before it.</summary>
    public Utf8Output Body => _body;

    /// <summary>Gets the colours of the series, in order: Okabe–Ito hues the theme already has, so the print theme gives black for all (dashes and markers then tell them apart).</summary>
    public string[] Palette => [Theme.Emotion, Theme.Changed, Theme.Positive, Theme.BackStage, Theme.Negative, Theme.Moved];

    /// <summary>A share from 0 to 1 as a percentage in the language: <c>57.5%</c>, <c>57,5 %</c>.</summary>
    public string Percent(decimal share) => Words.Format("Chart.Percent", Words.Number(Math.Round(share * 100, 1, MidpointRounding.AwayFromZero)));

    public static WrappedText Wrap(string text, double width, double fontSize = FontSize) => TextWrap.Wrap(text, width, fontSize);

    /// <summary>Writes the chart's heading at the top: the title, wrapped, and an optional muted line under it; returns the y below them.</summary>
    public double Heading(double width, string title, string? subtitle)
    {
        var y = Margin;
        var lines = Wrap(title, width - (2 * Margin), TitleSize);
        Text(Margin, y + TitleSize, lines, "title", TitleLineHeight);
        y += (lines.Length * TitleLineHeight) + 6;
        if (subtitle is not null)
        {
            var sub = Wrap(subtitle, width - (2 * Margin));
            Text(Margin, y + FontSize, sub, "muted", LineHeight);
            y += sub.Length * LineHeight;
        }

        return y + 14;
    }

    /// <summary>Writes text at a baseline, one <c>tspan</c> per line when it wraps.</summary>
    public void Text(double x, double baseline, WrappedText lines, string cls, double lineHeight = LineHeight, string? anchor = null)
    {
        if (lines.IsEmpty)
        {
            return;
        }

        _body.Raw("<text x=\""u8).Number(x).Raw("\" y=\""u8).Number(baseline).Raw('"');
        if (cls.Length > 0)
        {
            _body.Raw(" class=\""u8).Raw(cls).Raw('"');
        }

        if (anchor is not null)
        {
            _body.Raw(" text-anchor=\""u8).Raw(anchor).Raw('"');
        }

        _body.Raw('>');
        if (lines.Length == 1)
        {
            Line(lines[0]);
        }
        else
        {
            for (var i = 0; i < lines.Length; i++)
            {
                _body.Raw("<tspan x=\""u8).Number(x).Raw('"');
                if (i > 0)
                {
                    _body.Raw(" dy=\""u8).Number(lineHeight).Raw('"');
                }

                _body.Raw('>');
                Line(lines[i]);
                _body.Raw("</tspan>"u8);
            }
        }

        _body.Raw("</text>\n"u8);
    }

    /// <summary>Draws a series' marker: circle, square, triangle, diamond or inverted triangle by <paramref name="series"/>.</summary>
    public void Marker(int series, double x, double y, string colour)
    {
        switch (series % 5)
        {
            case 0:
                _body.Raw("<circle cx=\""u8).Number(x).Raw("\" cy=\""u8).Number(y).Raw("\" r=\"5\""u8);
                break;
            case 1:
                _body.Raw("<rect x=\""u8).Number(x - 4.5).Raw("\" y=\""u8).Number(y - 4.5).Raw("\" width=\"9\" height=\"9\""u8);
                break;
            case 2:
                _body.Raw("<path d=\"M"u8).Number(x).Raw(' ').Number(y - 6).Raw(" L"u8).Number(x + 6).Raw(' ').Number(y + 4.5)
                    .Raw(" L"u8).Number(x - 6).Raw(' ').Number(y + 4.5).Raw(" Z\""u8);
                break;
            case 3:
                _body.Raw("<path d=\"M"u8).Number(x).Raw(' ').Number(y - 6.5).Raw(" L"u8).Number(x + 6.5).Raw(' ').Number(y)
                    .Raw(" L"u8).Number(x).Raw(' ').Number(y + 6.5).Raw(" L"u8).Number(x - 6.5).Raw(' ').Number(y).Raw(" Z\""u8);
                break;
            default:
                _body.Raw("<path d=\"M"u8).Number(x).Raw(' ').Number(y + 6).Raw(" L"u8).Number(x + 6).Raw(' ').Number(y - 4.5)
                    .Raw(" L"u8).Number(x - 6).Raw(' ').Number(y - 4.5).Raw(" Z\""u8);
                break;
        }

        _body.Raw(" fill=\""u8).Raw(colour).Raw("\" stroke=\""u8).Raw(Theme.Background).Raw("\" stroke-width=\"1\"/>"u8);
    }

    /// <summary>Puts the opening tag, title, description and style sheet before the body and closes the chart.</summary>
    public SvgDocument Finish(string id, string kind, double width, double height, string title, string description)
    {
        var t = Theme;
        var svg = new Utf8Output(_body.Length + 2048);
        try
        {
            svg.Raw("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"journeykit-chart "u8).Raw(kind).Raw("\" width=\""u8).Number(width).Raw("\" height=\""u8).Number(height)
                .Raw("\" viewBox=\"0 0 "u8).Number(width).Raw(' ').Number(height).Raw("\" role=\"img\" aria-labelledby=\""u8)
                .Text(id).Raw("-title "u8).Text(id).Raw("-desc\" font-family=\"system-ui, -apple-system, 'Segoe UI', 'Noto Sans', 'Noto Sans CJK SC', 'DejaVu Sans', sans-serif\" font-size=\"12\">\n"u8);
            svg.Raw("<title id=\""u8).Text(id).Raw("-title\">"u8).Text(title).Raw("</title>\n"u8);
            svg.Raw("<desc id=\""u8).Text(id).Raw("-desc\">"u8).Text(description).Raw("</desc>\n"u8);
            svg.Raw("<style>.journeykit-chart text{fill:"u8).Raw(t.Text).Raw("}.journeykit-chart .muted{fill:"u8).Raw(t.MutedText)
                .Raw("}.journeykit-chart .title{font-size:18px;font-weight:700}.journeykit-chart .strong{font-weight:700}.journeykit-chart .small{font-size:10px}"u8)
                .Raw(".journeykit-chart .loss{fill:"u8).Raw(t.Negative).Raw(";font-weight:700}.journeykit-chart .grid{stroke:"u8).Raw(t.Grid)
                .Raw(";stroke-width:1}.journeykit-chart .card{fill:"u8).Raw(t.Surface).Raw(";stroke:"u8).Raw(t.Grid).Raw("}</style>\n"u8);
            svg.Raw("<rect width=\"100%\" height=\"100%\" fill=\""u8).Raw(t.Background).Raw("\"/>\n"u8);
            svg.Raw(_body.Written).Raw("</svg>\n"u8);
            return new SvgDocument(svg);
        }
        catch
        {
            svg.Dispose();
            throw;
        }
    }

    public void Dispose() => _body.Dispose();

    /// <summary>Writes one line; a line with right-to-left letters goes in a first-strong isolate, as in the map's picture.</summary>
    private void Line(string line)
    {
        var rtl = RightToLeft.Has(line);
        _body.Raw(rtl ? "\u2068"u8 : default).Text(line).Raw(rtl ? "\u2069"u8 : default);
    }
}
