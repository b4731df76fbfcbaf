using System.Globalization;
using System.Text;

namespace JourneyKit;

/// <summary>
/// The rules for element ids: readable slugs derived from names, valid in any script.
/// </summary>
/// <remarks>
/// <para>
/// An id is derived from a name by normalising it to Unicode form C, lowering its case with the invariant
/// culture, keeping letters, digits and combining marks of any script, and turning every other run of
/// characters into a single hyphen, trimmed from both ends. <c>"Pay by card"</c> becomes <c>pay-by-card</c>,
/// <c>"Zahlung prüfen"</c> becomes <c>zahlung-prüfen</c>, <c>"选择餐点"</c> stays <c>选择餐点</c> and
/// <c>"Плащане с карта"</c> becomes <c>плащане-с-карта</c>. Ids are at most <see cref="MaxLength"/>
/// characters, cut at a hyphen where one is near. A name with no letter or digit (only emoji or
/// punctuation) falls back to the element kind, such as <c>step</c>.
/// </para>
/// <para>This type is stateless and thread-safe.</para>
/// </remarks>
public static class ElementIds
{
    /// <summary>The longest id, in UTF-16 code units.</summary>
    public const int MaxLength = 64;

    /// <summary>Derives the readable id for <paramref name="name"/>.</summary>
    /// <param name="name">The element's name.</param>
    /// <returns>The slug, or an empty string when the name has no letter or digit.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is <see langword="null"/>.</exception>
    public static string FromName(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (IsAsciiSlug(name))
        {
            return name;
        }

        Span<char> buffer = stackalloc char[BufferLength];
        var length = Ascii.IsValid(name) ? SlugFromAscii(name, buffer) : SlugFromUnicode(name, buffer);
        return Truncate(buffer[..length]);
    }

    private const int BufferLength = (MaxLength + 8) * 2;

    private static int SlugFromAscii(string name, Span<char> buffer)
    {
        var length = 0;
        var pendingHyphen = false;
        foreach (var c in name)
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                if (pendingHyphen && length > 0)
                {
                    buffer[length++] = '-';
                }

                pendingHyphen = false;
                buffer[length++] = char.IsAsciiLetterUpper(c) ? (char)(c | 0x20) : c;
                if (length >= BufferLength - 2)
                {
                    break;
                }
            }
            else
            {
                pendingHyphen = true;
            }
        }

        return length;
    }

    private static int SlugFromUnicode(string name, Span<char> buffer)
    {
        // Form C from JourneyKit's own tables, not the operating system's: the same ids in ICU and invariant globalization mode.
        var normalized = Internal.Nfc.Compose(IsNormalizable(name) ? name : string.Concat(name.EnumerateRunes().Select(rune => IsNoncharacter(rune) ? " " : rune.ToString())));
        var length = 0;
        var pendingHyphen = false;
        foreach (var rune in normalized.EnumerateRunes())
        {
            if (IsKept(rune))
            {
                if (pendingHyphen && length > 0)
                {
                    buffer[length++] = '-';
                }

                pendingHyphen = false;
                length += Rune.ToLowerInvariant(rune).EncodeToUtf16(buffer[length..]);
                if (length >= BufferLength - 3)
                {
                    break;
                }
            }
            else
            {
                pendingHyphen = true;
            }
        }

        return length;
    }

    /// <summary>Says why an id is not well formed and what would be, for error messages.</summary>
    /// <param name="id">The id that is not well formed.</param>
    /// <param name="shown">How to show the id in the message, shortened if it is long.</param>
    internal static string InvalidMessage(string id, string shown)
    {
        var suggestion = FromName(id);
        return $"'{shown}' is not a valid id: use 1 to {MaxLength} lower-case letters, digits, '-', '_' or '.', starting with a letter or digit{(suggestion.Length > 0 ? $", such as '{suggestion}'" : "")}.";
    }

    /// <summary>Tells whether <paramref name="id"/> is a well-formed id.</summary>
    /// <remarks>
    /// A well-formed id is 1 to <see cref="MaxLength"/> characters of lower-case letters, digits and combining
    /// marks of any script, and the separators <c>-</c>, <c>_</c> and <c>.</c>, starting with a letter or digit.
    /// </remarks>
    /// <param name="id">The id to check.</param>
    /// <returns><see langword="true"/> when the id is well formed.</returns>
    public static bool IsValid(string? id)
    {
        if (string.IsNullOrEmpty(id) || id.Length > MaxLength)
        {
            return false;
        }

        // The common case, an id derived from a name, needs no decoding of runes.
        if (IsAsciiSlug(id))
        {
            return true;
        }

        var first = true;
        foreach (var rune in id.EnumerateRunes())
        {
            var separator = rune.Value is '-' or '_' or '.';
            if ((first && separator) || (!separator && (!IsKept(rune) || Rune.ToLowerInvariant(rune) != rune)))
            {
                return false;
            }

            first = false;
        }

        return true;
    }

    /// <summary>Tells whether normalization accepts the text: every surrogate paired and no noncharacter (such as U+FFFE).</summary>
    private static bool IsNormalizable(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                if (IsNoncharacter(new Rune(text[i], text[i + 1])))
                {
                    return false;
                }

                i++;
            }
            else if (char.IsSurrogate(text[i]) || IsNoncharacter(new Rune(text[i])))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Lone surrogates decode as U+FFFD; noncharacters are U+FDD0..U+FDEF and the last two code points of every plane.</summary>
    private static bool IsNoncharacter(Rune rune) =>
        rune == Rune.ReplacementChar || (rune.Value & 0xFFFE) == 0xFFFE || rune.Value is >= 0xFDD0 and <= 0xFDEF;

    private static bool IsKept(Rune rune) => Rune.GetUnicodeCategory(rune) switch
    {
        UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter
            or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter
            or UnicodeCategory.DecimalDigitNumber or UnicodeCategory.LetterNumber or UnicodeCategory.OtherNumber
            or UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark => true,
        _ => false,
    };

    private static bool IsAsciiSlug(string name)
    {
        if (name.Length == 0 || name.Length > MaxLength || name[0] == '-' || name[^1] == '-')
        {
            return false;
        }

        var previousHyphen = false;
        foreach (var c in name)
        {
            var hyphen = c == '-';
            if (!(char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || hyphen) || (hyphen && previousHyphen))
            {
                return false;
            }

            previousHyphen = hyphen;
        }

        return true;
    }

    private static string Truncate(ReadOnlySpan<char> slug)
    {
        if (slug.Length <= MaxLength)
        {
            return new string(slug);
        }

        var cut = slug[..(MaxLength + 1)].LastIndexOf('-');
        var end = cut >= MaxLength / 2 ? cut : MaxLength;
        if (char.IsHighSurrogate(slug[end - 1]))
        {
            end--;
        }

        return new string(slug[..end].TrimEnd('-'));
    }
}
