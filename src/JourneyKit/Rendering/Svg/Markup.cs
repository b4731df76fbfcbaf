using System.Globalization;
using System.Text;
using JourneyKit.Internal;

namespace JourneyKit.Rendering.Svg;

/// <summary>Writes user text into XML and HTML so that it is always text, never markup.</summary>
internal static class Markup
{
    /// <summary>
    /// Appends text escaped for XML element content and attribute values alike. Characters XML 1.0 cannot hold (most
    /// controls, lone surrogates, U+FFFE and U+FFFF) become U+FFFD; line breaks and tabs become spaces.
    /// </summary>
    public static StringBuilder AppendEscaped(this StringBuilder output, string text)
    {
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            string? replacement = c switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' => "&quot;",
                '\'' => "&#39;",
                '\t' or '\n' or '\r' => " ",
                < ' ' or '\uFFFE' or '\uFFFF' => "\uFFFD",
                _ when Utf16.IsLoneSurrogate(text, i) => "\uFFFD",
                _ => null,
            };
            if (replacement is not null)
            {
                output.Append(text, start, i - start).Append(replacement);
                start = i + 1;
            }
        }

        return output.Append(text, start, text.Length - start);
    }

    /// <summary>Gets text escaped for XML and HTML.</summary>
    public static string Escape(string text) => new StringBuilder(text.Length + 8).AppendEscaped(text).ToString();

    /// <summary>Appends a number with at most one decimal, in the invariant culture.</summary>
    public static StringBuilder AppendNumber(this StringBuilder output, double value) =>
        output.Append(Math.Round(value, 1).ToString("0.#", CultureInfo.InvariantCulture));

    /// <summary>Appends a number in the invariant culture.</summary>
    public static StringBuilder AppendNumber(this StringBuilder output, int value) => output.Append(value.ToString(CultureInfo.InvariantCulture));
}
