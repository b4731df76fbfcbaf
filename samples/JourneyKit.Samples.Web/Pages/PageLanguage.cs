using JourneyKit.Localization;

namespace JourneyKit.Samples.Web.Pages;

/// <summary>The language a person picked (<c>?lang=de</c>, or a form's <c>lang</c> field), one of <see cref="JourneyLanguage.BuiltIn"/>.</summary>
public static class PageLanguage
{
    /// <summary>Gets the language the request asks for, or English.</summary>
    public static JourneyLanguage Of(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var tag = request.Query["lang"].ToString();
        if (tag.Length == 0 && request.HasFormContentType && request.Form.TryGetValue("lang", out var field))
        {
            tag = field.ToString();
        }

        return JourneyLanguage.BuiltIn.FirstOrDefault(l => l.Tag == tag) ?? JourneyLanguage.English;
    }

    /// <summary>Gets the query string that carries the language on to the next page.</summary>
    public static string Query(JourneyLanguage language) => "lang=" + Uri.EscapeDataString(language.Tag);
}
