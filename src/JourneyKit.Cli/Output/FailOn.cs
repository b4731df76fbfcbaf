using JourneyKit.Validation;

namespace JourneyKit.Cli.Output;

/// <summary>The lowest severity that makes the tool exit with 1.</summary>
internal enum FailOn
{
    Error,
    Warning,
    Info,
    Never,
}

internal static class FailOnExtensions
{
    public static bool Fails(this FailOn failOn, IssueSeverity severity) => failOn switch
    {
        FailOn.Error => severity >= IssueSeverity.Error,
        FailOn.Warning => severity >= IssueSeverity.Warning,
        FailOn.Info => severity >= IssueSeverity.Info,
        _ => false,
    };
}
