namespace JourneyKit.Internal;

internal static class Guard
{
    public static string Text(string value, string paramName)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(value, paramName);
        return value;
    }

    public static string? OptionalText(string? value, string paramName)
    {
        if (value is not null && string.IsNullOrWhiteSpace(value))
        {
            throw new ArgumentException("The value must not be blank; pass null to leave it unset.", paramName);
        }

        return value;
    }

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
