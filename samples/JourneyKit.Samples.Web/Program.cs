using JourneyKit.Samples.Web;

// Run with `dotnet run --project samples/JourneyKit.Samples.Web` and open the address it prints.
var app = WebApp.Build(args);
await app.RunAsync();

/// <summary>The entry point, public so the integration tests can host the application.</summary>
public partial class Program;
