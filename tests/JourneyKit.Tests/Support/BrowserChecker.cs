using System.Text.Json;

namespace JourneyKit.Tests.Support;

/// <summary>
/// Opens files in Debian's headless Chromium through tools/browser-check (playwright-core), which its install script sets
/// up, and reports what happened: requests, errors, dialogs, whether a planted script ran, and the active content in the DOM.
/// </summary>
public static class BrowserChecker
{
    private static readonly Lazy<string?> Unavailable = new(() =>
    {
        try
        {
            NodeTool.Run("bash", Repository.File("tools", "browser-check"), ["install.sh"]);
            return File.Exists("/usr/bin/chromium") || Environment.GetEnvironmentVariable("CHROMIUM") is not null
                ? null
                : "tools/browser-check/install.sh ran but /usr/bin/chromium is missing";
        }
        catch (InvalidOperationException ex)
        {
            return "No browser for the rendering tests: " + ex.Message.Trim();
        }
    });

    /// <summary>Gets why the browser tests cannot run here, or <see langword="null"/> when they can (installing Chromium first if needed).</summary>
    public static string? WhyUnavailable => Unavailable.Value;

    /// <summary>Gets the folder screenshots are saved in.</summary>
    public static string Screenshots { get; } = Repository.File("artifacts", "screenshots");

    public sealed record Visit(
        string File, IReadOnlyList<string> Requests, IReadOnlyList<string> Failed, IReadOnlyList<string> Errors, IReadOnlyList<string> Dialogs,
        string Root, bool ParseError, bool Pwned, IReadOnlyList<string> Active, IReadOnlyList<string> Handlers, string Text, int SvgWidth, int SvgHeight, string Screenshot,
        IReadOnlyList<RightToLeftLine> RightToLeft, IReadOnlyList<Overflow> Overflows);

    /// <summary>A line of text that spills out of its box in Chromium, measured with the browser's own text metrics.</summary>
    /// <param name="Text">The line.</param>
    /// <param name="Box">What it spills out of: <c>card</c> (the card or stage it starts in), <c>picture</c>, <c>neighbour</c> (another line of free text it overlaps) or an HTML element's name.</param>
    /// <param name="By">By how many pixels.</param>
    public sealed record Overflow(string Text, string Box, int By);

    /// <summary>A line of right-to-left text ending in punctuation, as Chromium drew it.</summary>
    /// <param name="Text">The line.</param>
    /// <param name="InOrder">Whether the punctuation shows at the line's left end, as it does in right-to-left reading.</param>
    /// <param name="InPlace">Whether the line starts where the layout put it.</param>
    public sealed record RightToLeftLine(string Text, bool InOrder, bool InPlace);

    /// <summary>Saves each document under its name in a fresh folder, opens them all in Chromium, and returns what happened.</summary>
    public static IReadOnlyList<Visit> Open(IReadOnlyList<(string Name, string Content)> documents)
    {
        if (WhyUnavailable is { } why)
        {
            throw new InvalidOperationException(why);
        }

        Directory.CreateDirectory(Screenshots);
        static string[] Strings(JsonElement e) => [.. e.EnumerateArray().Select(s => s.GetString()!)];
        return [.. NodeTool.CheckFiles("browser-check", documents, [Screenshots]).Select(r => new Visit(
            r.GetProperty("file").GetString()!, Strings(r.GetProperty("requests")), Strings(r.GetProperty("failed")), Strings(r.GetProperty("errors")),
            Strings(r.GetProperty("dialogs")), r.GetProperty("root").GetString()!, r.GetProperty("parseError").GetBoolean(), r.GetProperty("pwned").GetBoolean(),
            Strings(r.GetProperty("active")), Strings(r.GetProperty("handlers")), r.GetProperty("text").GetString()!,
            r.GetProperty("svgWidth").GetInt32(), r.GetProperty("svgHeight").GetInt32(), r.GetProperty("screenshot").GetString()!,
            [.. r.GetProperty("rtl").EnumerateArray().Select(l => new RightToLeftLine(l.GetProperty("text").GetString()!, l.GetProperty("inOrder").GetBoolean(), l.GetProperty("inPlace").GetBoolean()))],
            [.. r.GetProperty("overflows").EnumerateArray().Select(o => new Overflow(o.GetProperty("text").GetString()!, o.GetProperty("box").GetString()!, o.GetProperty("by").GetInt32()))]))];
    }
}

/// <summary>What a test that needs Chromium calls first.</summary>
public static class Browser
{
    /// <summary>
    /// Skips the test, with xunit's own dynamic skip and the install script's reason, where Debian's chromium cannot be
    /// installed (no root and no password-less sudo), such as "the browser tests need chromium ..., and installing
    /// Debian packages needs root or password-less sudo: run 'apt-get install chromium ...' as root". The only skip in
    /// the suite; CI runs as root, where the script installs chromium and these tests run.
    /// </summary>
    public static void Required()
    {
        if (BrowserChecker.WhyUnavailable is { } why)
        {
            Assert.Skip(why);
        }
    }
}
