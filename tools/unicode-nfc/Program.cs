using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;
using System.Security.Cryptography;
using System.Text;
using JourneyKit.Internal;

namespace JourneyKit.Tools.UnicodeNfc;

/// <summary>
/// Writes src/JourneyKit/Internal/NfcData.cs from the normalization of the ICU that .NET uses here, and checks
/// JourneyKit's own <see cref="Nfc"/> against that ICU.
/// </summary>
/// <remarks>
/// Usage, from the repository root:
/// <c>dotnet run --project tools/unicode-nfc -c Release -- generate src/JourneyKit/Internal/NfcData.cs</c>, then
/// <c>dotnet run --project tools/unicode-nfc -c Release -- verify</c> (the tool compiles the Nfc.cs and NfcData.cs of
/// the repository, so verify after generate sees the new tables). <c>hash</c> prints a digest of Nfc's output on a fixed
/// corpus: run it once with DOTNET_SYSTEM_GLOBALIZATION_INVARIANT=1 and once without, and the digests must match.
/// </remarks>
internal static class Program
{
    private static int Main(string[] args)
    {
        try
        {
            switch (args)
            {
                case ["generate", var path]:
                    Generator.Write(path);
                    return 0;
                case ["verify"]:
                    return Verifier.Run() == 0 ? 0 : 1;
                case ["hash"]:
                    Verifier.PrintHash();
                    return 0;
                default:
                    Console.Error.WriteLine("usage: unicode-nfc generate <path of NfcData.cs> | verify | hash");
                    return 2;
            }
        }
        catch (InvalidOperationException error)
        {
            Console.Error.WriteLine($"unicode-nfc: {error.Message}");
            return 1;
        }
    }
}

/// <summary>Code points and strings.</summary>
internal static class Text
{
    public static bool IsNoncharacter(int codePoint) => (codePoint & 0xFFFE) == 0xFFFE || codePoint is >= 0xFDD0 and <= 0xFDEF;

    public static bool IsHangulSyllable(int codePoint) => codePoint is >= 0xAC00 and <= 0xD7A3;

    /// <summary>Every code point normalization accepts alone: no surrogate, no noncharacter.</summary>
    public static IEnumerable<int> Normalizable() =>
        Enumerable.Range(0, 0x110000).Where(c => c is < 0xD800 or > 0xDFFF && !IsNoncharacter(c));

    public static int[] CodePoints(string text) => [.. text.EnumerateRunes().Select(rune => rune.Value)];

    public static string Of(IEnumerable<int> codePoints) => string.Concat(codePoints.Select(char.ConvertFromUtf32));

    public static string Of(int codePoint) => char.ConvertFromUtf32(codePoint);

    public static string Hex(string text) => string.Join(' ', CodePoints(text).Select(c => c.ToString("X4", CultureInfo.InvariantCulture)));

    public static string Hex(int value) => value.ToString("X", CultureInfo.InvariantCulture);

    public static string FormC(string text) => text.Normalize(NormalizationForm.FormC);

    public static string FormD(string text) => text.Normalize(NormalizationForm.FormD);

    /// <summary>The records of an NfcData table: hex numbers joined by '.', separated by white space.</summary>
    public static List<int[]> Records(string table) =>
        [.. table.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)
            .Select(record => Array.ConvertAll(record.Split('.'), n => int.Parse(n, NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture)))];
}

/// <summary>The ICU library that .NET loaded for normalization: its version and its combining classes.</summary>
internal sealed unsafe class Icu
{
    private readonly delegate* unmanaged<int, byte> _combiningClass;

    private Icu(nint combiningClass, nint version, nint unicodeVersion, string library)
    {
        _combiningClass = (delegate* unmanaged<int, byte>)combiningClass;
        Version = Read(version);
        UnicodeVersion = Read(unicodeVersion);
        Library = library;
    }

    public string Version { get; }

    public string UnicodeVersion { get; }

    public string Library { get; }

    public int CombiningClass(int codePoint) => _combiningClass(codePoint);

    public static Icu Load()
    {
        if (Text.FormC("e\u0301") != "\u00E9")
        {
            throw new InvalidOperationException("string.Normalize does nothing here: run the tool with ICU, not in invariant globalization mode.");
        }

        foreach (var (library, suffix) in Candidates())
        {
            if (NativeLibrary.TryLoad(library, out var handle)
                && NativeLibrary.TryGetExport(handle, "u_getCombiningClass" + suffix, out var combiningClass)
                && NativeLibrary.TryGetExport(handle, "u_getVersion" + suffix, out var version)
                && NativeLibrary.TryGetExport(handle, "u_getUnicodeVersion" + suffix, out var unicodeVersion))
            {
                return new Icu(combiningClass, version, unicodeVersion, library);
            }
        }

        throw new InvalidOperationException("Cannot find the ICU common library (libicuuc) that .NET uses.");
    }

    /// <summary>The library this process mapped for string.Normalize first (on Linux), then the usual names.</summary>
    private static IEnumerable<(string Library, string Suffix)> Candidates()
    {
        const string Prefix = "libicuuc.so.";
        if (File.Exists("/proc/self/maps"))
        {
            foreach (var line in File.ReadLines("/proc/self/maps").Distinct())
            {
                var at = line.IndexOf('/', StringComparison.Ordinal);
                var name = at < 0 ? "" : Path.GetFileName(line[at..]);
                if (name.StartsWith(Prefix, StringComparison.Ordinal))
                {
                    yield return (line[at..], "_" + name[Prefix.Length..].Split('.')[0]);
                }
            }
        }

        for (var major = 99; major >= 50; major--)
        {
            yield return (Prefix + major.ToString(CultureInfo.InvariantCulture), "_" + major.ToString(CultureInfo.InvariantCulture));
        }

        yield return ("icuuc", "");
        yield return ("icu", "");
        yield return ("libicucore.dylib", "");
    }

    private static string Read(nint function)
    {
        var parts = stackalloc byte[4];
        ((delegate* unmanaged<byte*, void>)function)(parts);
        return parts[2] == 0 && parts[3] == 0 ? $"{parts[0]}.{parts[1]}" : $"{parts[0]}.{parts[1]}.{parts[2]}";
    }
}

/// <summary>Reads the tables off ICU's normalization and writes NfcData.cs.</summary>
internal static class Generator
{
    private const int Width = 116;

    public static void Write(string path)
    {
        var icu = Icu.Load();
        Console.WriteLine($"ICU {icu.Version} (Unicode {icu.UnicodeVersion}) from {icu.Library}");

        var decompositions = Decompositions();
        var compositions = Compositions(decompositions);
        var classes = CombiningClasses(decompositions, icu);

        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $$"""
            // <auto-generated>
            //     Generated by tools/unicode-nfc from ICU {{icu.Version}} (Unicode {{icu.UnicodeVersion}}), read through .NET's string.Normalize
            //     (and ICU's u_getCombiningClass for the class numbers). Do not edit: see tools/unicode-nfc/README.md.
            // </auto-generated>

            namespace JourneyKit.Internal;

            /// <summary>The Unicode tables of <see cref="Nfc"/>: records of hex numbers joined by '.', separated by white space.</summary>
            internal static class NfcData
            {
                /// <summary>The version of Unicode the tables follow.</summary>
                public const string UnicodeVersion = "{{icu.UnicodeVersion}}";

                /// <summary>The version of ICU the tables were read from.</summary>
                public const string IcuVersion = "{{icu.Version}}";


            """);
        Table(text, "The code points of non-zero canonical combining class: code.class, or first.last.class for a range.", "CombiningClasses", Ranges(classes));
        text.AppendLine();
        Table(text, "The full canonical decompositions, but those of Hangul syllables: code.decomposition.", "Decompositions",
            decompositions.Select(d => string.Join('.', d.Value.Prepend(d.Key).Select(Text.Hex))));
        text.AppendLine();
        Table(text, "The primary composites, but Hangul syllables, in order of first and second code point: first.second.composite.", "Compositions",
            compositions.Select(c => $"{Text.Hex(c.First)}.{Text.Hex(c.Second)}.{Text.Hex(c.Composite)}"));
        text.Append("}\n");

        File.WriteAllText(path, text.ToString().ReplaceLineEndings("\n"), new UTF8Encoding(false));
        Console.WriteLine($"{decompositions.Count} decompositions, {compositions.Count} compositions, {classes.Count} code points of non-zero class; wrote {path} ({new FileInfo(path).Length} bytes)");
    }

    /// <summary>The full canonical decomposition of every code point that has one, Hangul syllables left out.</summary>
    private static SortedDictionary<int, int[]> Decompositions()
    {
        var decompositions = new SortedDictionary<int, int[]>();
        foreach (var codePoint in Text.Normalizable())
        {
            var text = Text.Of(codePoint);
            var decomposed = Text.FormD(text);
            if (Text.IsHangulSyllable(codePoint))
            {
                var s = codePoint - 0xAC00;
                var expected = Text.Of(new[] { 0x1100 + (s / 588), 0x1161 + (s % 588 / 28), 0x11A7 + (s % 28) }.Where(c => c != 0x11A7));
                Check(decomposed == expected, $"U+{Text.Hex(codePoint)} decomposes to {Text.Hex(decomposed)}, not by the Hangul arithmetic");
            }
            else if (decomposed != text)
            {
                decompositions.Add(codePoint, Text.CodePoints(decomposed));
            }
        }

        Check(decompositions.Values.All(d => d.Length <= 7), "a decomposition is longer than 7 code points");
        return decompositions;
    }

    /// <summary>
    /// The primary composites: code points with a decomposition that are their own form C. Composition takes the
    /// decomposition from the left, so the pair is the composite of all but the last code point, and the last one.
    /// </summary>
    private static List<(int First, int Second, int Composite)> Compositions(SortedDictionary<int, int[]> decompositions)
    {
        var compositions = new List<(int First, int Second, int Composite)>();
        foreach (var (codePoint, decomposition) in decompositions)
        {
            var text = Text.Of(codePoint);
            if (Text.FormC(text) != text)
            {
                continue;
            }

            var first = Text.CodePoints(Text.FormC(Text.Of(decomposition[..^1])));
            var second = decomposition[^1];
            Check(first.Length == 1, $"U+{Text.Hex(codePoint)}: the start of its decomposition composes to {first.Length} code points");
            Check(Text.FormC(Text.Of(first[0]) + Text.Of(second)) == text, $"U+{Text.Hex(codePoint)} is not the composite of its pair");
            compositions.Add((first[0], second, codePoint));
        }

        return [.. compositions.OrderBy(c => c.First).ThenBy(c => c.Second)];
    }

    /// <summary>
    /// The combining classes. A mark has a non-zero class when normalization moves it past U+0323 (class 220) or
    /// U+0301 (class 230); normalization orders the marks, which gives their classes' order. ICU's own class numbers
    /// are written, once they are checked to agree with that order.
    /// </summary>
    private static SortedDictionary<int, int> CombiningClasses(SortedDictionary<int, int[]> decompositions, Icu icu)
    {
        static bool Reorders(string text) => Text.FormD(text) != text;
        static bool Before(string m1, string m2) => Text.FormD("a" + m2 + m1) == "a" + m1 + m2;

        var marks = Text.Normalizable()
            .Where(c => !decompositions.ContainsKey(c) && !Text.IsHangulSyllable(c))
            .Where(c =>
            {
                var m = Text.Of(c);
                return Reorders("a" + m + "\u0323") || Reorders("a\u0323" + m) || Reorders("a" + m + "\u0301") || Reorders("a\u0301" + m);
            })
            .ToList();

        // One mark for each class, then the classes in order.
        var representatives = new List<string>();
        var classOf = new Dictionary<int, string>();
        foreach (var mark in marks)
        {
            var m = Text.Of(mark);
            var same = representatives.Find(r => !Before(m, r) && !Before(r, m));
            if (same is null)
            {
                representatives.Add(m);
                same = m;
            }

            classOf[mark] = same;
        }

        representatives.Sort((a, b) => Before(a, b) ? -1 : Before(b, a) ? 1 : 0);
        var rank = representatives.Select((r, i) => (r, i)).ToDictionary(x => x.r, x => x.i + 1);
        for (var i = 1; i < representatives.Count; i++)
        {
            Check(Before(representatives[i - 1], representatives[i]), "the classes are not in a total order");
        }

        // ICU's numbers must give the same classes in the same order.
        var markSet = marks.ToHashSet();
        foreach (var c in Text.Normalizable().Where(c => !decompositions.ContainsKey(c)))
        {
            Check((icu.CombiningClass(c) != 0) == markSet.Contains(c), $"U+{Text.Hex(c)}: ICU's class {icu.CombiningClass(c)} and the normalization disagree");
        }

        var numbers = representatives.Select(r => icu.CombiningClass(Text.CodePoints(r)[0])).ToList();
        for (var i = 1; i < numbers.Count; i++)
        {
            Check(numbers[i - 1] < numbers[i], $"ICU's classes {numbers[i - 1]} and {numbers[i]} are out of order");
        }

        foreach (var mark in marks)
        {
            Check(icu.CombiningClass(mark) == numbers[rank[classOf[mark]] - 1], $"U+{Text.Hex(mark)} is in another class than ICU says");
        }

        Console.WriteLine($"{marks.Count} marks in {representatives.Count} classes, in ICU's order: {string.Join(' ', numbers)}");

        // Every code point of non-zero class, the few with a decomposition (such as U+0344) included.
        var classes = new SortedDictionary<int, int>();
        foreach (var c in Text.Normalizable().Where(c => icu.CombiningClass(c) != 0))
        {
            classes.Add(c, icu.CombiningClass(c));
        }

        return classes;
    }

    private static IEnumerable<string> Ranges(SortedDictionary<int, int> classes)
    {
        var list = classes.ToList();
        for (var i = 0; i < list.Count;)
        {
            var j = i;
            while (j + 1 < list.Count && list[j + 1].Key == list[j].Key + 1 && list[j + 1].Value == list[i].Value)
            {
                j++;
            }

            yield return j == i
                ? $"{Text.Hex(list[i].Key)}.{Text.Hex(list[i].Value)}"
                : $"{Text.Hex(list[i].Key)}.{Text.Hex(list[j].Key)}.{Text.Hex(list[i].Value)}";
            i = j + 1;
        }
    }

    private static void Table(StringBuilder text, string summary, string name, IEnumerable<string> records)
    {
        text.Append(CultureInfo.InvariantCulture, $"    /// <summary>{summary}</summary>\n");
        text.Append(CultureInfo.InvariantCulture, $"    public const string {name} = \"\"\"\n");
        var line = new StringBuilder();
        foreach (var record in records)
        {
            if (line.Length > 0 && line.Length + 1 + record.Length > Width)
            {
                text.Append("        ").Append(line).Append('\n');
                line.Clear();
            }

            line.Append(line.Length > 0 ? " " : "").Append(record);
        }

        if (line.Length > 0)
        {
            text.Append("        ").Append(line).Append('\n');
        }

        text.Append("        \"\"\";\n");
    }

    private static void Check(bool condition, string message)
    {
        if (!condition)
        {
            throw new InvalidOperationException(message);
        }
    }
}

/// <summary>Compares <see cref="Nfc.Compose"/> with ICU's form C.</summary>
internal static class Verifier
{
    private const int RandomSeed = 20260515;

    /// <summary>Marks that text often has: Latin, Greek, Vietnamese, Hebrew, Arabic, Indic, kana, and ones that compose backwards though of class 0.</summary>
    private static readonly int[] CommonMarks =
    [
        0x0300, 0x0301, 0x0302, 0x0303, 0x0304, 0x0306, 0x0307, 0x0308, 0x0309, 0x030A, 0x030B, 0x030C, 0x030F, 0x0311,
        0x0313, 0x0314, 0x031B, 0x0323, 0x0324, 0x0325, 0x0326, 0x0327, 0x0328, 0x032D, 0x032E, 0x0330, 0x0331, 0x0335,
        0x0338, 0x0342, 0x0345, 0x0360, 0x05B4, 0x05B7, 0x05B8, 0x05BC, 0x05BF, 0x05C1, 0x05C2, 0x064B, 0x064E, 0x0651,
        0x0653, 0x0654, 0x0655, 0x093C, 0x094D, 0x0951, 0x09BC, 0x09BE, 0x09D7, 0x0B3E, 0x0B56, 0x0B57, 0x0BBE, 0x0BD7,
        0x0C56, 0x0CD5, 0x0CD6, 0x0D3E, 0x0D57, 0x0DCA, 0x0DCF, 0x0DDF, 0x102E, 0x1B35, 0x20D2, 0x20E3, 0x3099, 0x309A,
        0x1161, 0x11A8, 0x1D165, 0x1D16E, 0x110BA, 0x1133E,
    ];

    public static int Run()
    {
        var icu = Icu.Load();
        Console.WriteLine($"ICU {icu.Version} (Unicode {icu.UnicodeVersion}); tables from ICU {NfcData.IcuVersion} (Unicode {NfcData.UnicodeVersion})");
        var mismatches = 0L;
        mismatches += Check("every code point alone", Text.Normalizable().Select(Text.Of));
        mismatches += Check($"every code point followed by each of {CommonMarks.Length} common marks",
            Text.Normalizable().SelectMany(c => CommonMarks.Select(m => Text.Of(c) + Text.Of(m))));
        var interesting = Interesting();
        mismatches += Check($"every pair of {interesting.Count} code points that decompose, combine or have a class",
            interesting.SelectMany(a => interesting.Select(b => a + b)));
        mismatches += Check($"random strings of 1 to 12 code points (seed {RandomSeed})", RandomStrings(RandomSeed, 200_000, 12));
        mismatches += Check($"random strings of 1 to 80 code points (seed {RandomSeed + 1})", RandomStrings(RandomSeed + 1, 50_000, 80));
        mismatches += Check("long runs of marks", LongRuns());
        Console.WriteLine($"total mismatches: {mismatches}");
        return mismatches == 0 ? 0 : 1;
    }

    /// <summary>A digest of Compose on a fixed corpus, to compare between ICU and invariant globalization mode.</summary>
    public static void PrintHash()
    {
        var platform = "Cafe\u0301".Normalize(NormalizationForm.FormC) == "Caf\u00E9" ? "ICU" : "no (invariant mode?)";
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var count = 0;
        foreach (var text in Text.Normalizable().Select(Text.Of).Concat(RandomStrings(RandomSeed, 50_000, 12)).Concat(RandomStrings(RandomSeed + 1, 10_000, 80)).Concat(LongRuns()))
        {
            var composed = Nfc.Compose(text);
            hash.AppendData(BitConverter.GetBytes(composed.Length));
            hash.AppendData(MemoryMarshal.AsBytes(composed.AsSpan()));
            count++;
        }

        Console.WriteLine($"platform normalization: {platform}; Compose(\"Cafe\\u0301\") = {Text.Hex(Nfc.Compose("Cafe\u0301"))}");
        Console.WriteLine($"SHA-256 of Compose over {count} strings: {Convert.ToHexString(hash.GetHashAndReset())}");
    }

    private static long Check(string name, IEnumerable<string> inputs)
    {
        var icuTime = new Stopwatch();
        var nfcTime = new Stopwatch();
        long count = 0, mismatches = 0, copies = 0;
        foreach (var input in inputs)
        {
            count++;
            icuTime.Start();
            var expected = Text.FormC(input);
            icuTime.Stop();
            nfcTime.Start();
            var actual = Nfc.Compose(input);
            nfcTime.Stop();
            if (!string.Equals(expected, actual, StringComparison.Ordinal))
            {
                if (++mismatches <= 10)
                {
                    Console.WriteLine($"  mismatch: {Shorten(Text.Hex(input))} -> ICU {Shorten(Text.Hex(expected))}, Nfc {Shorten(Text.Hex(actual))}");
                }
            }
            else if (string.Equals(expected, input, StringComparison.Ordinal) && !ReferenceEquals(actual, input))
            {
                copies++;
            }
        }

        Console.WriteLine($"{name}: {count} strings, {mismatches} mismatches, {copies} unchanged but copied (ICU {icuTime.Elapsed.TotalSeconds:F2} s, Nfc {nfcTime.Elapsed.TotalSeconds:F2} s)");
        return mismatches;
    }

    private static string Shorten(string text) => text.Length <= 200 ? text : string.Concat(text.AsSpan(0, 200), "...");

    /// <summary>Code points that decompose, have a class, or take part in a composition, and a few Hangul ones.</summary>
    private static List<string> Interesting()
    {
        var set = new SortedSet<int>();
        foreach (var record in Text.Records(NfcData.CombiningClasses))
        {
            for (var c = record[0]; c <= record[^2]; c++)
            {
                set.Add(c);
            }
        }

        foreach (var record in Text.Records(NfcData.Decompositions))
        {
            set.Add(record[0]);
        }

        foreach (var record in Text.Records(NfcData.Compositions))
        {
            set.UnionWith(record);
        }

        set.UnionWith([0x41, 0x61, 0x1100, 0x1112, 0x1161, 0x1175, 0x11A7, 0x11A8, 0x11C2, 0x11C3, 0xAC00, 0xAC01, 0xD7A3, 0xD788]);
        return [.. set.Select(Text.Of)];
    }

    /// <summary>Random short strings of letters of many scripts, precomposed letters and combining marks.</summary>
    public static IEnumerable<string> RandomStrings(int seed, int count, int maxLength)
    {
        var random = new Random(seed);
        int[][] letters =
        [
            Span(0x41, 0x5A), Span(0x61, 0x7A), Span(0xC0, 0x24F), Span(0x1E00, 0x1EFF), // Latin, Vietnamese
            Span(0x391, 0x3CE), Span(0x1F00, 0x1FFE), Span(0x400, 0x4FF), // Greek, Cyrillic
            Span(0x1100, 0x1112), Span(0x1161, 0x1175), Span(0x11A7, 0x11C3), Span(0xAC00, 0xD7A3), // Hangul
            Span(0x900, 0x97F), Span(0x980, 0x9FF), Span(0xB00, 0xB7F), Span(0xB80, 0xBFF), Span(0xC80, 0xCFF),
            Span(0xD00, 0xD7F), Span(0xD80, 0xDFF), Span(0xF00, 0xFFF), Span(0x1000, 0x109F), Span(0x1B00, 0x1B7F), // Indic, Tibetan, Myanmar, Balinese
            Span(0x5D0, 0x5EA), Span(0xFB1D, 0xFB4F), Span(0x620, 0x64A), Span(0x6C0, 0x6D3), // Hebrew, Arabic
            Span(0x3040, 0x30FF), Span(0xF900, 0xFAD9), Span(0x1D15E, 0x1D1C0), Span(0x11080, 0x110CF), Span(0x11300, 0x1137F), Span(0x11480, 0x114DF),
        ];
        var marks = Text.Records(NfcData.CombiningClasses).SelectMany(r => Span(r[0], r[^2])).Concat(CommonMarks).ToArray();
        var decomposing = Text.Records(NfcData.Decompositions).Select(r => r[0]).ToArray();

        for (var n = 0; n < count; n++)
        {
            var text = new StringBuilder();
            var length = 1 + random.Next(maxLength);
            for (var i = 0; i < length; i++)
            {
                var roll = random.Next(100);
                var codePoint = roll switch
                {
                    < 45 => Pick(random, letters[random.Next(letters.Length)]),
                    < 65 => Pick(random, CommonMarks),
                    < 85 => Pick(random, marks),
                    < 95 => Pick(random, decomposing),
                    _ => random.Next(0x30000),
                };
                if (codePoint is >= 0xD800 and <= 0xDFFF || Text.IsNoncharacter(codePoint))
                {
                    codePoint = 'x';
                }

                text.Append(Text.Of(codePoint));
            }

            yield return text.ToString();
        }
    }

    /// <summary>Hostile input: runs of 100,000 marks, which must be sorted in linear time.</summary>
    private static IEnumerable<string> LongRuns()
    {
        var random = new Random(RandomSeed);
        string Run(int length, int[] from) => string.Concat(Enumerable.Range(0, length).Select(_ => Text.Of(Pick(random, from))));
        int[] latin = [0x0300, 0x0301, 0x0302, 0x0308, 0x0323, 0x0327, 0x031B, 0x0345, 0x0316, 0x05B0, 0x0E38, 0x093C];
        yield return "a" + Run(100_000, latin);
        yield return "\u1100" + Run(100_000, CommonMarks);
        yield return Run(100_000, [0x0301, 0x0323]);
        yield return "e" + new string('\u0301', 100_000);
        yield return string.Concat(Enumerable.Repeat("a\u0323\u0302b\u0301", 20_000));
    }

    private static int[] Span(int first, int last) => [.. Enumerable.Range(first, last - first + 1)];

    private static int Pick(Random random, int[] from) => from[random.Next(from.Length)];
}
