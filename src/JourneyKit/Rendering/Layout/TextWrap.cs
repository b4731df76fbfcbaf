namespace JourneyKit.Rendering.Layout;

/// <summary>
/// Breaks text into lines that fit a width, estimating glyph widths without fonts: wide (CJK, full-width, emoji)
/// characters count as one em and others as 0.6 em, so the estimate errs towards shorter lines. Lines break at spaces,
/// after hyphens and around wide characters; a word longer than a line is cut. No text is left out.
/// </summary>
internal static class TextWrap
{
    /// <summary>The estimated width of a narrow character, in em.</summary>
    public const double NarrowEm = 0.6;

    /// <summary>Wraps text to a width; a line break in the text always starts a new line.</summary>
    public static WrappedText Wrap(string text, double width, double fontSize)
    {
        var limit = Math.Max(1.0, width / fontSize);
        if (!text.Contains('\n', StringComparison.Ordinal))
        {
            return Fits(text, limit) ? new WrappedText(text.Trim(' ')) : Lines(text, limit);
        }

        var lines = new List<string>();
        foreach (var paragraph in text.Split('\n'))
        {
            var trimmed = paragraph.TrimEnd('\r');
            lines.AddRange(Fits(trimmed, limit) ? [trimmed.Trim(' ')] : Lines(trimmed, limit));
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
                lines.Add(text[lineStart..lineEnd]);
                (lineStart, lineWidth, gap) = (-1, 0, 0);
            }

            if (tokenWidth <= limit - lineWidth - gap)
            {
                lineStart = lineStart < 0 ? i : lineStart;
                (lineEnd, lineWidth) = (end, lineWidth + gap + tokenWidth);
                i = end;
                continue;
            }

            // A word wider than a whole line is cut where the line is full.
            lineWidth += gap;
            for (var j = i; j < end;)
            {
                var length = CharLength(text, j);
                var w = Width(text, j, length);
                if (lineStart >= 0 && lineWidth + w > limit)
                {
                    lines.Add(text[lineStart..lineEnd]);
                    (lineStart, lineWidth) = (-1, 0);
                }

                lineStart = lineStart < 0 ? j : lineStart;
                (lineEnd, lineWidth) = (j + length, lineWidth + w);
                j += length;
            }

            i = end;
        }

        if (lineStart >= 0 || lines.Count == 0)
        {
            lines.Add(lineStart >= 0 ? text[lineStart..lineEnd] : "");
        }

        return [.. lines];
    }

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

    /// <summary>Finds the end of the unbreakable run starting at <paramref name="start"/>, and its width in em.</summary>
    private static (int End, double Width) Token(string text, int start)
    {
        var length = CharLength(text, start);
        if (IsWide(text, start, length))
        {
            return (start + length, 1.0);
        }

        var width = 0.0;
        var i = start;
        while (i < text.Length && text[i] != ' ')
        {
            length = CharLength(text, i);
            if (IsWide(text, i, length))
            {
                break;
            }

            width += NarrowEm;
            i += length;
            if (text[i - 1] == '-')
            {
                break;
            }
        }

        return (i, width);
    }

    private static int CharLength(string text, int i) => char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]) ? 2 : 1;

    private static double Width(string text, int i, int length) => IsWide(text, i, length) ? 1.0 : NarrowEm;

    private static bool IsWide(string text, int i, int length) => length == 2 || IsWide(text[i]);

    private static bool IsWide(char c) =>
        c is (>= '\u1100' and <= '\u115F') or (>= '\u2E80' and <= '\uA4CF') or (>= '\uAC00' and <= '\uD7A3')
            or (>= '\uF900' and <= '\uFAFF') or (>= '\uFE30' and <= '\uFE4F') or (>= '\uFF00' and <= '\uFF60') or (>= '\uFFE0' and <= '\uFFE6');
}
