namespace JourneyKit.Internal;

/// <summary>
/// The shape of a BCP 47 language tag, checked without culture data: subtags of one to eight ASCII letters and digits
/// joined by hyphens, the first two to eight letters (<c>de</c>, <c>zh-Hans</c>, <c>nb-NO</c>, <c>sr-Latn-RS</c>).
/// </summary>
internal static class LanguageTags
{
    /// <summary>The longest tag accepted, far beyond any real one.</summary>
    public const int MaxLength = 64;

    /// <summary>Tells whether <paramref name="tag"/> is a well-formed language tag.</summary>
    public static bool IsWellFormed(string tag)
    {
        if (tag.Length is 0 or > MaxLength)
        {
            return false;
        }

        var first = true;
        foreach (var range in tag.AsSpan().Split('-'))
        {
            var subtag = tag.AsSpan(range);
            if (subtag.Length is 0 or > 8 || (first ? subtag.Length < 2 || !char.IsAsciiLetter(subtag[0]) || subtag.ContainsAnyExcept(Letters) : subtag.ContainsAnyExcept(LettersAndDigits)))
            {
                return false;
            }

            first = false;
        }

        return true;
    }

    /// <summary>Returns <paramref name="tag"/> when it is well formed, and throws naming the parameter otherwise.</summary>
    /// <exception cref="ArgumentException">The tag is not well formed.</exception>
    public static string Guard(string tag, string parameter)
    {
        ArgumentNullException.ThrowIfNull(tag, parameter);
        return IsWellFormed(tag)
            ? tag
            : throw new ArgumentException($"'{Quote(tag)}' is not a language tag; give a BCP 47 tag such as de, zh-Hans, bg or nb-NO.", parameter);
    }

    /// <summary>A tag as an error message shows it: at most <see cref="MaxLength"/> characters.</summary>
    public static string Quote(string tag) => tag.Length <= MaxLength ? tag : tag[..MaxLength] + "…";

    private static readonly System.Buffers.SearchValues<char> Letters = System.Buffers.SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz");

    private static readonly System.Buffers.SearchValues<char> LettersAndDigits = System.Buffers.SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789");
}
