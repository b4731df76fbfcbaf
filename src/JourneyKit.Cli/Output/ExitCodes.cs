namespace JourneyKit.Cli.Output;

/// <summary>The tool's exit codes, the same for every command.</summary>
internal static class ExitCodes
{
    /// <summary>Nothing at or above <c>--fail-on</c> was found.</summary>
    public const int Clean = 0;

    /// <summary>Findings at or above <c>--fail-on</c>, merge conflicts.</summary>
    public const int Findings = 1;

    /// <summary>Bad input or usage: a file that does not read, an unknown option, a bad configuration file.</summary>
    public const int BadInput = 2;
}
