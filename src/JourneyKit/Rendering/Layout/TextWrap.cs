using System.Globalization;

namespace JourneyKit.Rendering.Layout;

/// <summary>
/// Breaks text into lines that fit a width, estimating glyph widths without fonts: wide (CJK, full-width, emoji)
/// characters count as one em and others as 0.6 em, so the estimate errs towards shorter lines. Lines break at spaces,
/// after hyphens, at soft hyphens (shown as a hyphen there, and nowhere else) and between wide characters, but never
/// before closing punctuation (<c>。」）</c>) or after opening punctuation (<c>「（</c>). A word longer than a line is cut
/// with a hyphen. No text is left out.
/// </summary>
internal static class TextWrap
{
    /// <summary>The estimated width of a narrow character, in em.</summary>
    public const double NarrowEm = 0.6;

    private const char SoftHyphen = '\u00AD';

    /// <summary>Punctuation that closes (or continues) what comes before it, so no line starts with it.</summary>
    private const string Closing = "、。，．：；！？）」』】〕〉》〗〙〛｝］’”…‥・ー〜.,;:!?)]}%";

    /// <summary>Punctuation that opens what comes after it, so no line ends with it.</summary>
    private const string Opening = "（「『【〔〈《〖〘〚｛［‘“";

    /// <summary>Estimates the width of one line in em, as <see cref="Wrap"/> does: wide characters one em, others <see cref="NarrowEm"/>.</summary>
    public static double Em(string line)
    {
        var width = 0.0;
        for (var i = 0; i < line.Length;)
        {
            var length = CharLength(line, i);
            width += line[i] == SoftHyphen ? 0 : Width(line, i, length);
            i += length;
        }

        return width;
    }

    /// <summary>Wraps text to a width; a line break in the text always starts a new line.</summary>
    public static WrappedText Wrap(string text, double width, double fontSize)
    {
        var limit = Math.Max(1.0, width / fontSize);
        if (!text.Contains('\n', StringComparison.Ordinal))
        {
            return Fits(text, limit) ? new WrappedText(Shown(text.Trim(' '), atBreak: false)) : Lines(text, limit);
        }

        var lines = new List<string>();
        foreach (var paragraph in text.Split('\n'))
        {
            var trimmed = paragraph.TrimEnd('\r');
            lines.AddRange(Fits(trimmed, limit) ? [Shown(trimmed.Trim(' '), atBreak: false)] : Lines(trimmed, limit));
        }

        return new WrappedText([.. lines]);
    }

    /// <summary>Breaks one paragraph that does not fit into lines of at most <paramref name="limit"/> em.</summary>
    private static string[] Lines(string text, double limit)
    {
        // Every line is a piece of the text between two breaks, so lines are cut out of it rather than built up.
        var lines = new List<string>(3);
        var (lineStart, lineEnd, lineWidth) = (-1, 0, 0.0);
        var i = 0;
        while (i < text.Length)
        {
            var spaced = false;
            while (i < text.Length && text[i] == ' ')
            {
                spaced = true;
                i++;
            }

            if (i == text.Length)
            {
                break;
            }

            var (end, tokenWidth) = Token(text, i);
            var gap = spaced && lineStart >= 0 ? NarrowEm : 0;
            if (lineStart >= 0 && lineWidth + gap + tokenWidth > limit)
            {
                lines.Add(Shown(text[lineStart..lineEnd], atBreak: true));
                (lineStart, lineWidth, gap) = (-1, 0, 0);
            }

            if (tokenWidth <= limit - lineWidth - gap)
            {
                lineStart = lineStart < 0 ? i : lineStart;
                (lineEnd, lineWidth) = (end, lineWidth + gap + tokenWidth);
                i = end;
                continue;
            }

            // A word wider than a whole line is cut where the line is full, with room for the hyphen the cut shows.
            lineWidth += gap;
            // The last character that is not closing punctuation, where a line may break before closing punctuation.
            var anchor = (Start: -1, WidthBefore: 0.0);
            var prose = IsProse(text, i, end);
            for (var j = i; j < end;)
            {
                var length = CharLength(text, j);
                var w = text[j] == SoftHyphen ? 0 : Width(text, j, length);
                var hyphen = prose && j + length < end ? NarrowEm : 0;
                var closing = Closing.Contains(text[j], StringComparison.Ordinal);
                if (lineStart >= 0 && lineWidth + w + hyphen > limit && (!closing || anchor.Start > lineStart))
                {
                    // Closing punctuation does not start a line: the character it closes goes down with it, or, when that
                    // character starts the line, the punctuation stays on it however narrow the line.
                    var cut = closing ? anchor.Start : lineEnd;
                    var hyphenated = prose && cut > i && IsNarrowLetter(text[cut - 1]) && IsNarrowLetter(text[cut]);
                    var line = Shown(text[lineStart..cut], atBreak: true);
                    lines.Add(hyphenated ? line + "-" : line);
                    (lineStart, lineWidth) = closing ? (anchor.Start, lineWidth - anchor.WidthBefore) : (-1, 0);
                    anchor.WidthBefore = closing ? 0 : anchor.WidthBefore;
                }

                lineStart = lineStart < 0 ? j : lineStart;
                if (!closing)
                {
                    anchor = (j, lineStart == j ? 0 : lineWidth);
                }

                (lineEnd, lineWidth) = (j + length, lineWidth + w);
                j += length;
            }

            i = end;
        }

        if (lineStart >= 0 || lines.Count == 0)
        {
            lines.Add(lineStart >= 0 ? Shown(text[lineStart..lineEnd], atBreak: false) : "");
        }

        return [.. lines];
    }

    /// <summary>A line as shown: soft hyphens disappear, except the one a line breaks at, which shows as a hyphen.</summary>
    private static string Shown(string line, bool atBreak)
    {
        if (line.IndexOf(SoftHyphen, StringComparison.Ordinal) < 0)
        {
            return line;
        }

        var shown = line.Replace("\u00AD", "", StringComparison.Ordinal);
        return atBreak && line[^1] == SoftHyphen ? shown + "-" : shown;
    }

    /// <summary>Whether a word cut between two such characters shows a hyphen: narrow letters and digits, not CJK or punctuation.</summary>
    private static bool IsNarrowLetter(char c) => char.IsLetterOrDigit(c) && !IsWide(c);

    /// <summary>
    /// Whether a run is a word of prose (letters, marks, apostrophes and soft hyphens, perhaps between quotation marks,
    /// brackets or the punctuation that ends a phrase: <c>„Kundenzufriedenheitsbefragung:</c>), which a cut shows with a
    /// hyphen; a cut through code, an address or a number shows none, so that what is read can be typed again.
    /// </summary>
    private static bool IsProse(string text, int start, int end)
    {
        while (start < end && IsEdgePunctuation(text[start]))
        {
            start++;
        }

        while (end > start && IsEdgePunctuation(text[end - 1]))
        {
            end--;
        }

        if (start == end)
        {
            return false;
        }

        for (var i = start; i < end; i++)
        {
            var c = text[i];
            if (!char.IsLetter(c) && c is not (SoftHyphen or '\'' or '’' or '-') && char.GetUnicodeCategory(c) is not (UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Punctuation that may open or close a word of prose without making it code: quotation marks, brackets, and . , : ; ! ?</summary>
    private static bool IsEdgePunctuation(char c) => char.GetUnicodeCategory(c) is UnicodeCategory.InitialQuotePunctuation or UnicodeCategory.FinalQuotePunctuation
        or UnicodeCategory.OpenPunctuation or UnicodeCategory.ClosePunctuation || c is '.' or ',' or ':' or ';' or '!' or '?' or '"' or '\'';

    private static bool Fits(string text, double limit)
    {
        if (text.Length * NarrowEm > limit * 2)
        {
            return false;
        }

        if (text.AsSpan().IndexOfAnyInRange('\u1100', '\uFFFF') < 0)
        {
            return text.Length * NarrowEm <= limit;
        }

        var width = 0.0;
        foreach (var c in text)
        {
            width += c < '\u1100' ? NarrowEm : char.IsLowSurrogate(c) ? 0 : char.IsHighSurrogate(c) || IsWide(c) ? 1.0 : NarrowEm;
        }

        return width <= limit;
    }

    /// <summary>
    /// Finds the end of the unbreakable run starting at <paramref name="start"/>, and its width in em: a word, or one
    /// wide character, either with the closing punctuation after it; opening punctuation joins what follows it.
    /// </summary>
    private static (int End, double Width) Token(string text, int start)
    {
        // Opening punctuation joins what follows it; a run of it is walked, not recursed, whatever its length.
        var width = 0.0;
        var length = CharLength(text, start);
        while (Opening.Contains(text[start], StringComparison.Ordinal) && start + length < text.Length && text[start + length] != ' ')
        {
            width += Width(text, start, length);
            start += length;
            length = CharLength(text, start);
        }

        if (IsWide(text, start, length))
        {
            return Closed(text, start + length, width + 1.0);
        }

        var i = start;
        while (i < text.Length && text[i] != ' ')
        {
            length = CharLength(text, i);
            if (IsWide(text, i, length) && i > start && !Closing.Contains(text[i], StringComparison.Ordinal))
            {
                break;
            }

            width += Width(text, i, length);
            i += length;
            if (text[i - 1] is '-' or SoftHyphen)
            {
                break;
            }
        }

        return (i, width);
    }

    /// <summary>Extends a run over the closing punctuation right after it.</summary>
    private static (int End, double Width) Closed(string text, int end, double width)
    {
        while (end < text.Length && Closing.Contains(text[end], StringComparison.Ordinal))
        {
            width += IsWide(text[end]) ? 1.0 : NarrowEm;
            end++;
        }

        return (end, width);
    }

    private static int CharLength(string text, int i) => char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]) ? 2 : 1;

    private static double Width(string text, int i, int length) => IsWide(text, i, length) ? 1.0 : NarrowEm;

    private static bool IsWide(string text, int i, int length) => length == 2 || IsWide(text[i]);

    private static bool IsWide(char c) =>
        c is (>= '\u1100' and <= '\u115F') or (>= '\u2E80' and <= '\uA4CF') or (>= '\uAC00' and <= '\uD7A3')
            or (>= '\uF900' and <= '\uFAFF') or (>= '\uFE30' and <= '\uFE4F') or (>= '\uFF00' and <= '\uFF60') or (>= '\uFFE0' and <= '\uFFE6');
}
