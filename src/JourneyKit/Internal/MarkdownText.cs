using System.Text;

namespace JourneyKit.Internal;

/// <summary>
/// Makes user text safe inside one line of GitHub-flavoured Markdown, after other text on that line: it shows as
/// written and is never markup (emphasis, code, links, tables, strike-through, maths or HTML).
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

        return escaped.ToString();
    }

    /// <summary>Replaces line breaks and other control characters with spaces, so the text stays on its line.</summary>
    public static string OneLine(string text)
    {
        var line = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            line.Append(char.IsControl(c) || c is '\u2028' or '\u2029' ? ' ' : c);
        }

        return line.ToString();
    }
}
