using System.Globalization;

namespace JourneyKit;

/// <summary>
/// The one policy for text entering the model, shared by the builder, the <c>With...</c> methods and every reader:
/// text must be valid Unicode (no unpaired surrogate) and not blank (free-form values may be), and a name must hold a
/// visible character.
/// Control and bidirectional characters are kept, and reported by validation (JK1021, JK1022).
/// </summary>
internal static class TextPolicy
{
    public const string BlankReason = "The text is blank; write something or leave it out.";

    /// <summary>Says what is wrong with a text, or returns <see langword="null"/> when the model accepts it.</summary>
    /// <param name="text">The text.</param>
    /// <param name="isName">Whether the text names an element (a name or title), which must hold a visible character.</param>
    /// <param name="mayBeBlank">Whether the text is a free-form value (of the map's properties or a persona's demographics), which may be empty or blank.</param>
    public static string? Problem(string text, bool isName, bool mayBeBlank = false)
    {
        if (!mayBeBlank && string.IsNullOrWhiteSpace(text))
        {
            return BlankReason;
        }

        if (IndexOfLoneSurrogate(text) is var index and >= 0)
        {
            return string.Create(CultureInfo.InvariantCulture, $"The text holds an unpaired surrogate (U+{(int)text[index]:X4}) at position {index}, which is not valid Unicode.");
        }

        return isName && !IsVisible(text) ? NoVisibleCharacter("text") : null;
    }

    /// <summary>Says that a name has nothing to read, naming what it is (such as "step's name").</summary>
    public static string NoVisibleCharacter(string what) => $"The {what} has no visible character; give it a name people can read.";

    /// <summary>Returns the index of the first unpaired surrogate, or -1.</summary>
    public static int IndexOfLoneSurrogate(string text)
    {
        var span = text.AsSpan();
        var i = span.IndexOfAnyInRange('\uD800', '\uDFFF');
        while (i >= 0 && i < span.Length)
        {
            if (char.IsHighSurrogate(span[i]) && i + 1 < span.Length && char.IsLowSurrogate(span[i + 1]))
            {
                i += 2;
            }
            else
            {
                return i;
            }

            var next = span[i..].IndexOfAnyInRange('\uD800', '\uDFFF');
            i = next < 0 ? -1 : i + next;
        }

        return -1;
    }

    /// <summary>Tells whether a text holds a character that shows: not white space, a control or a format character.</summary>
    public static bool IsVisible(string text)
    {
        foreach (var c in text)
        {
            if (c is > ' ' and < '\u007f')
            {
                return true;
            }

            if (!char.IsWhiteSpace(c) && !char.IsControl(c) && char.GetUnicodeCategory(c) != UnicodeCategory.Format)
            {
                return true;
            }
        }

        return false;
    }
}
