using System.Text;

namespace JourneyKit.Presentation;

/// <summary>
/// Makes user text safe inside one line of GitHub-flavoured Markdown, after other text on that line: it shows as
/// written and is never markup (emphasis, code, links, autolinked addresses, tables, strike-through, maths or HTML).
/// </summary>
internal static class MarkdownText
{
    private const string Special = "\\`*_[]|~$";

    public static string Escape(string text)
    {
        var escaped = new StringBuilder(text.Length + 8);
        foreach (var c in OneLine(text))
        {
            if (c == '&')
            {
                escaped.Append("&amp;");
            }
            else if (c == '<')
            {
                escaped.Append("&lt;");
            }
            else if (c == '>')
            {
                escaped.Append("&gt;");
            }
            else
            {
                if (Special.Contains(c, StringComparison.Ordinal))
                {
                    escaped.Append('\\');
                }

                escaped.Append(c);
            }
        }

        // GitHub links bare addresses after resolving escapes, so an invisible word joiner inside "://", "www." and
        // after "@" keeps them text.
        return escaped.Replace("://", ":\u2060//").Replace("www.", "www\u2060.").Replace("WWW.", "WWW\u2060.").Replace("@", "@\u2060").ToString();
    }

    /// <summary>Escapes text that starts a line, where <c>#</c>, <c>-</c>, <c>+</c>, <c>=</c> or <c>1.</c> would make a heading or list.</summary>
    public static string Line(string text)
    {
        var escaped = Escape(text).TrimStart();
        var digits = 0;
        while (digits < escaped.Length && char.IsAsciiDigit(escaped[digits]))
        {
            digits++;
        }

        return escaped.Length > 0 && escaped[0] is '#' or '-' or '+' or '='
            ? "\\" + escaped
            : digits > 0 && digits < escaped.Length && escaped[digits] is '.' or ')' ? string.Concat(escaped.AsSpan(0, digits), "\\", escaped.AsSpan(digits)) : escaped;
    }

    /// <summary>Escapes text for a heading, where a closing run of <c>#</c> would be dropped.</summary>
    public static string Heading(string text) => Escape(text).Replace("#", "\\#", StringComparison.Ordinal);

    /// <summary>Replaces line breaks and tabs with spaces, so the text stays on its line, and what cannot be shown with U+FFFD (<see cref="ExportText"/>).</summary>
    public static string OneLine(string text)
    {
        var line = new StringBuilder(text.Length);
        foreach (var c in ExportText.Showable(text))
        {
            line.Append(c is '\t' or '\n' or '\r' or '\u2028' or '\u2029' ? ' ' : c);
        }

        return line.ToString();
    }
}
