namespace JourneyKit.Cli.Output;

/// <summary>Input the tool cannot use, with a message that names the file and, where known, the line and column. Exit code 2.</summary>
internal sealed class InputException(string message) : Exception(message);
