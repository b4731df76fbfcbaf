namespace JourneyKit.Cli.Output;

/// <summary>GitHub Actions' job summary: Markdown appended to the file <c>GITHUB_STEP_SUMMARY</c> names, when it is set.</summary>
internal static class JobSummary
{
    public static void Append(string markdown, Terminal terminal)
    {
        var path = Environment.GetEnvironmentVariable("GITHUB_STEP_SUMMARY");
        if (string.IsNullOrEmpty(path))
        {
            terminal.Detail("GITHUB_STEP_SUMMARY is not set: no job summary written");
            return;
        }

        File.AppendAllText(path, markdown.EndsWith('\n') ? markdown : markdown + "\n");
    }
}
