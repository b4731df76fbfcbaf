using System.Globalization;
using System.Text;

namespace JourneyKit.Serialization.Json;

/// <summary>Durations as ISO 8601 text in days, hours, minutes and seconds, such as <c>P1DT2H30M</c> or <c>PT0.5S</c>.</summary>
internal static class IsoDuration
{
    public static string Format(TimeSpan value)
    {
        if (value == TimeSpan.Zero)
        {
            return "PT0S";
        }

        var text = new StringBuilder("P");
        if (value.Days > 0)
        {
            text.Append(value.Days.ToString(CultureInfo.InvariantCulture)).Append('D');
        }

        var fraction = value.Ticks % TimeSpan.TicksPerSecond;
        if (value.Hours > 0 || value.Minutes > 0 || value.Seconds > 0 || fraction > 0)
        {
            text.Append('T');
            if (value.Hours > 0)
            {
                text.Append(value.Hours.ToString(CultureInfo.InvariantCulture)).Append('H');
            }

            if (value.Minutes > 0)
            {
                text.Append(value.Minutes.ToString(CultureInfo.InvariantCulture)).Append('M');
            }

            if (value.Seconds > 0 || fraction > 0)
            {
                text.Append(value.Seconds.ToString(CultureInfo.InvariantCulture));
                if (fraction > 0)
                {
                    text.Append('.').Append(fraction.ToString("D7", CultureInfo.InvariantCulture).TrimEnd('0'));
                }

                text.Append('S');
            }
        }

        return text.ToString();
    }

    /// <summary>Parses <c>P[nD][T[nH][nM][n[.f]S]]</c>; years, months and weeks are refused because their length varies.</summary>
    public static bool TryParse(string text, out TimeSpan value)
    {
        value = default;
        if (text.Length < 3 || text[0] != 'P')
        {
            return false;
        }

        long ticks = 0;
        var inTime = false;
        var order = 0;
        var any = false;
        var i = 1;
        while (i < text.Length)
        {
            if (text[i] == 'T')
            {
                if (inTime || i == text.Length - 1)
                {
                    return false;
                }

                inTime = true;
                i++;
                continue;
            }

            var start = i;
            while (i < text.Length && char.IsAsciiDigit(text[i]))
            {
                i++;
            }

            if (i == start || i - start > 9 || i == text.Length)
            {
                return false;
            }

            long whole = long.Parse(text.AsSpan(start, i - start), NumberStyles.None, CultureInfo.InvariantCulture);
            long fraction = 0;
            if (text[i] == '.')
            {
                var fractionStart = ++i;
                while (i < text.Length && char.IsAsciiDigit(text[i]))
                {
                    i++;
                }

                if (i == fractionStart || i - fractionStart > 7 || i == text.Length || text[i] != 'S' || !inTime)
                {
                    return false;
                }

                fraction = long.Parse(text.AsSpan(fractionStart, i - fractionStart).ToString().PadRight(7, '0'), NumberStyles.None, CultureInfo.InvariantCulture);
            }

            var (unit, rank) = (text[i], inTime) switch
            {
                ('D', false) => (TimeSpan.TicksPerDay, 1),
                ('H', true) => (TimeSpan.TicksPerHour, 2),
                ('M', true) => (TimeSpan.TicksPerMinute, 3),
                ('S', true) => (TimeSpan.TicksPerSecond, 4),
                _ => (0L, 0),
            };
            if (rank <= order)
            {
                return false;
            }

            if (whole > (TimeSpan.MaxValue.Ticks - ticks - fraction) / unit)
            {
                return false;
            }

            order = rank;
            any = true;
            ticks += (whole * unit) + fraction;
            i++;
        }

        if (!any)
        {
            return false;
        }

        value = TimeSpan.FromTicks(ticks);
        return true;
    }
}
