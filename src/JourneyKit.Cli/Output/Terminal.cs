namespace JourneyKit.Cli.Output;

/// <summary>Where the tool writes, and how: colour only on a terminal and without <c>NO_COLOR</c>, paths relative to the working directory.</summary>
internal sealed class Terminal(TextWriter output, TextWriter error, string workingDirectory, bool color, Verbosity verbosity)
{
    public TextWriter Output { get; } = output;

    public TextWriter Error { get; } = error;

    public string WorkingDirectory { get; } = workingDirectory;

    public Verbosity Verbosity { get; } = verbosity;

    public static Terminal FromConsole(Verbosity verbosity)
    {
        var color = !Console.IsOutputRedirected && string.IsNullOrEmpty(Environment.GetEnvironmentVariable("NO_COLOR"));
        return new Terminal(Console.Out, Console.Error, Directory.GetCurrentDirectory(), color, verbosity);
    }

    /// <summary>A path as the person typed it or relative to the working directory, with forward slashes.</summary>
    public string Relative(string path)
    {
        var relative = Path.IsPathRooted(path) ? Path.GetRelativePath(WorkingDirectory, path) : path;
        return relative.Replace('\\', '/');
    }

    public string Paint(string text, Colour colour) => color ? $"\u001b[{(int)colour}m{text}\u001b[0m" : text;

    /// <summary>A note on standard error, unless <c>--quiet</c>.</summary>
    public void Note(string text)
    {
        if (Verbosity != Verbosity.Quiet)
        {
            Error.WriteLine(text);
        }
    }

    /// <summary>Detail on standard error with <c>--verbose</c>.</summary>
    public void Detail(string text)
    {
        if (Verbosity == Verbosity.Verbose)
        {
            Error.WriteLine(text);
        }
    }
}

internal enum Verbosity
{
    Normal,
    Quiet,
    Verbose,
}

internal enum Colour
{
    Red = 31,
    Yellow = 33,
    Blue = 34,
    Green = 32,
    Grey = 90,
}
