namespace JourneyKit.Tests.Support;

/// <summary>Runs documentation code that writes to the console and returns what it wrote.</summary>
public static class ConsoleOutput
{
    private static readonly Lock Gate = new();

    public static string Capture(Action run)
    {
        ArgumentNullException.ThrowIfNull(run);
        return Capture(() =>
        {
            run();
            return 0;
        }).Output;
    }

    public static (string Output, T Result) Capture<T>(Func<T> run)
    {
        ArgumentNullException.ThrowIfNull(run);
        lock (Gate)
        {
            var output = new StringWriter();
            var console = Console.Out;
            Console.SetOut(output);
            try
            {
                var result = run();
                return (output.ToString().ReplaceLineEndings("\n"), result);
            }
            finally
            {
                Console.SetOut(console);
            }
        }
    }
}
