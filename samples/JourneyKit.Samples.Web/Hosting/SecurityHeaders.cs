namespace JourneyKit.Samples.Web.Hosting;

/// <summary>
/// The page's content security policy and its companions, on every response. The pages carry no script at all, so the
/// policy allows none: a label that smuggles markup past the encoder still cannot run. Pictures are images from this
/// host, and the visual diff, a page of its own with inline styles, is framed from this host in a sandbox.
/// </summary>
public static class SecurityHeaders
{
    /// <summary>The policy of the application's own pages.</summary>
    public const string PagePolicy =
        "default-src 'none'; img-src 'self'; style-src 'self'; frame-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

    /// <summary>The policy of JourneyKit's own documents (pictures, the visual diff): inline styles, nothing else.</summary>
    public const string DocumentPolicy =
        "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'; frame-ancestors 'self'; sandbox";

    /// <summary>Adds the headers; an endpoint that serves a JourneyKit document sets <see cref="DocumentPolicy"/> instead.</summary>
    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) => app.Use((context, next) =>
    {
        var headers = context.Response.Headers;
        headers.ContentSecurityPolicy = PagePolicy;
        headers.XContentTypeOptions = "nosniff";
        headers["Referrer-Policy"] = "no-referrer";
        headers["Cross-Origin-Opener-Policy"] = "same-origin";
        return next(context);
    });

    /// <summary>Replaces the page policy with <see cref="DocumentPolicy"/> for a response that is one of JourneyKit's documents.</summary>
    public static void UseDocumentPolicy(this HttpResponse response) => response.Headers.ContentSecurityPolicy = DocumentPolicy;
}
