using System.Buffers;

namespace JourneyKit.Presentation;

/// <summary>
/// What every text export (CSV, Markdown, Mermaid, SVG, HTML) does with characters it cannot show: control characters
/// other than tab and line breaks (C0, DEL and C1), U+FFFE, U+FFFF and unpaired surrogates (which the model refuses, so
/// only text made outside it can hold them) become U+FFFD, the replacement character, so the reader sees that something
/// was there. JSON carries them as they are. Line breaks and tabs are each format's own business.
/// </summary>
internal static class ExportText
{
    private static readonly SearchValues<char> Unshowable = SearchValues.Create(
        string.Concat(Enumerable.Range(0, 0xA0).Where(c => char.IsControl((char)c) && c is not ('\t' or '\n' or '\r')).Select(c => (char)c)) + "\uFFFE\uFFFF");

    /// <summary>Tells whether the character at <paramref name="index"/> is a surrogate without its partner.</summary>
    public static bool IsLoneSurrogate(string text, int index)
    {
        var c = text[index];
        return char.IsHighSurrogate(c) ? index + 1 >= text.Length || !char.IsLowSurrogate(text[index + 1])
            : char.IsLowSurrogate(c) && (index == 0 || !char.IsHighSurrogate(text[index - 1]));
    }

    /// <summary>Tells whether the character at <paramref name="index"/> cannot be shown and becomes U+FFFD.</summary>
    public static bool IsUnshowable(string text, int index) => Unshowable.Contains(text[index]) || IsLoneSurrogate(text, index);

    /// <summary>Returns the text with every character that cannot be shown replaced by U+FFFD; the same instance when there is none.</summary>
    public static string Showable(string text)
    {
        var span = text.AsSpan();
        if (span.IndexOfAny(Unshowable) < 0 && span.IndexOfAnyInRange('\uD800', '\uDFFF') < 0)
        {
            return text;
        }

        var chars = text.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            if (IsUnshowable(text, i))
            {
                chars[i] = '\uFFFD';
            }
        }

        return new string(chars);
    }
}
