namespace JourneyKit.Samples.Web.Pages;

/// <summary>The pages' one style sheet, served from this host so the content security policy needs no inline styles.</summary>
public static class StyleSheet
{
    /// <summary>The CSS.</summary>
    public const string Css = """
        body { font-family: system-ui, sans-serif; margin: 0; color: #1f2328; background: #fff; }
        header { display: flex; justify-content: space-between; padding: .75rem 1.5rem; background: #0b3d5c; }
        header a { color: #fff; margin-left: .5rem; }
        header a[aria-current] { font-weight: bold; text-decoration: none; }
        main { padding: 1rem 1.5rem; max-width: 1400px; }
        h1 { overflow-wrap: anywhere; }
        textarea { width: 100%; min-height: 14rem; font-family: ui-monospace, monospace; }
        table { border-collapse: collapse; width: 100%; }
        th, td { border: 1px solid #d0d7de; padding: .35rem .5rem; text-align: left; vertical-align: top; overflow-wrap: anywhere; }
        .picture img, iframe { max-width: 100%; border: 1px solid #d0d7de; }
        iframe { width: 100%; height: 900px; }
        .charts img { max-width: 32%; margin-right: 1%; }
        pre { white-space: pre-wrap; background: #f6f8fa; padding: .75rem; overflow-wrap: anywhere; }
        fieldset { margin-bottom: 1rem; }
        .error { color: #a40e26; }
        """;
}
