using JourneyKit.Samples.Web.Endpoints;
using JourneyKit.Samples.Web.Hosting;
using JourneyKit.Samples.Web.Revisions;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.Timeouts;

namespace JourneyKit.Samples.Web;

/// <summary>
/// The application: services, the host's safety (body size, readers' limits, a timeout per request, problem details
/// without stack traces, the content security policy) and the endpoints. The tests build it the same way.
/// </summary>
public static class WebApp
{
    /// <summary>Builds the application; the caller runs it.</summary>
    public static WebApplication Build(string[] args, Action<WebApplicationBuilder>? configure = null)
    {
        var builder = WebApplication.CreateSlimBuilder(args);

        // No body larger than a map can be: Kestrel stops reading at the limit, and so do the form reader and the readers.
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Limits.MaxRequestBodySize = HostLimits.MaxBodyBytes);
        builder.Services.Configure<FormOptions>(form =>
        {
            form.MultipartBodyLengthLimit = HostLimits.MaxBodyBytes;
            form.ValueLengthLimit = (int)HostLimits.MaxBodyBytes;
        });

        // Every request has a deadline; the readers and writers take its cancellation token.
        builder.Services.AddRequestTimeouts(timeouts => timeouts.DefaultPolicy = new RequestTimeoutPolicy
        {
            Timeout = HostLimits.RequestTimeout,
            TimeoutStatusCode = StatusCodes.Status504GatewayTimeout,
        });

        // Errors are RFC 9457 problem details, with no exception, type or stack trace in them; a browser that asks for
        // HTML (a person posting a form) gets them as a page.
        builder.Services.AddTransient<IProblemDetailsWriter, HtmlProblemWriter>();
        builder.Services.AddProblemDetails(problems => problems.CustomizeProblemDetails = context =>
        {
            context.ProblemDetails.Extensions.Remove("exception");
            context.ProblemDetails.Extensions["traceId"] = context.HttpContext.TraceIdentifier;
        });

        // In memory, so the sample runs with nothing to set up; a product registers its database-backed store here.
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<IRevisionStore, InMemoryRevisionStore>();
        configure?.Invoke(builder);

        var app = builder.Build();
        app.UseExceptionHandler(new ExceptionHandlerOptions
        {
            // Whatever fails unexpectedly is logged here and answered with a bare 500: nothing of the exception leaves the host.
            ExceptionHandler = context => Results.Problem(title: "Something went wrong", statusCode: StatusCodes.Status500InternalServerError).ExecuteAsync(context),
        });
        app.UseStatusCodePages();
        app.UseSecurityHeaders();
        app.UseRouting();
        app.UseRequestTimeouts();

        app.MapPages();
        app.MapDocuments();
        app.MapMerge();
        app.MapApi();
        return app;
    }
}
