namespace JourneyKit.Internal;

internal static class Guard
{
    /// <summary>Checks text against <see cref="TextPolicy"/>: not null, not blank, valid Unicode.</summary>
    public static string Text(string value, string paramName)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(value, paramName);
        return Checked(value, isName: false, paramName);
    }

    /// <summary>Checks a name or title: <see cref="Text"/>, and at least one visible character.</summary>
    public static string Name(string value, string paramName)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(value, paramName);
        return Checked(value, isName: true, paramName);
    }

    public static string? OptionalText(string? value, string paramName)
    {
        if (value is not null && string.IsNullOrWhiteSpace(value))
        {
            throw new ArgumentException("The value must not be blank; pass null to leave it unset.", paramName);
        }

        return value is null ? null : Checked(value, isName: false, paramName);
    }

    /// <summary>Checks a free-form value (of the map's properties or a persona's demographics), which may be empty or blank: not null, valid Unicode.</summary>
    public static string AnyText(string value, string paramName)
    {
        ArgumentNullException.ThrowIfNull(value, paramName);
        return TextPolicy.Problem(value, isName: false, mayBeBlank: true) is { } problem ? throw new ArgumentException(problem, paramName) : value;
    }

    /// <summary>Checks a link: <see cref="Text"/>, and an absolute <c>http</c> or <c>https</c> URI.</summary>
    public static string Link(string value, string paramName) =>
        Evidence.IsLink(Text(value, paramName)) ? value : throw new ArgumentException($"'{value}' is not an absolute http or https link.", paramName);

    private static string Checked(string value, bool isName, string paramName) =>
        TextPolicy.Problem(value, isName) is { } problem ? throw new ArgumentException(problem, paramName) : value;

    public static TEnum Defined<TEnum>(TEnum value, string paramName)
        where TEnum : struct, Enum
    {
        if (!Enum.IsDefined(value))
        {
            throw new ArgumentOutOfRangeException(paramName, value, $"Expected one of: {string.Join(", ", Enum.GetNames<TEnum>())}.");
        }

        return value;
    }

    public static ValueList<string> TextList(IEnumerable<string> values, string paramName)
    {
        ArgumentNullException.ThrowIfNull(values, paramName);
        var list = values.ToArray();
        for (var i = 0; i < list.Length; i++)
        {
            if (string.IsNullOrWhiteSpace(list[i]))
            {
                throw new ArgumentException($"Item {i} is null or blank.", paramName);
            }

            if (TextPolicy.Problem(list[i], isName: false) is { } problem)
            {
                throw new ArgumentException($"Item {i}: {problem}", paramName);
            }
        }

        return new ValueList<string>(list);
    }

    public static TimeSpan? Duration(TimeSpan? value, string paramName)
    {
        if (value < TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(paramName, value, "A duration must not be negative.");
        }

        return value;
    }
}
