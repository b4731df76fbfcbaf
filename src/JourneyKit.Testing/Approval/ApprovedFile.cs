namespace JourneyKit.Testing.Approval;

/// <summary>Where a test's approved map lives: beside the test's source file, named after the file and the test.</summary>
internal sealed record ApprovedFile(string ApprovedPath, string ReceivedPath)
{
    public static ApprovedFile For(string sourceFile, string testName, string? name)
    {
        if (string.IsNullOrEmpty(sourceFile) || string.IsNullOrEmpty(testName))
        {
            throw new ArgumentException("MatchApproved needs the test's source file and name, which the compiler fills in: do not pass them as empty.");
        }

        if (name is not null && (name.Length == 0 || name.IndexOfAny(Path.GetInvalidFileNameChars()) >= 0 || name.Contains('/') || name.Contains('\\')))
        {
            throw new ArgumentException($"The approved map's name \"{name}\" must be a non-empty file name part, without path separators.", nameof(name));
        }

        var directory = SourceDirectory(sourceFile);
        var stem = Path.Combine(directory, $"{Path.GetFileNameWithoutExtension(sourceFile)}.{testName}{(name is null ? "" : "." + name)}");
        return new ApprovedFile(stem + ".approved.json", stem + ".received.json");
    }

    /// <summary>
    /// The folder of the test's source file. A deterministic build (<c>ContinuousIntegrationBuild</c>) maps source paths to
    /// <c>/_/...</c>; then the folder is found again from the test's output folder upward.
    /// </summary>
    private static string SourceDirectory(string sourceFile)
    {
        var directory = Path.GetDirectoryName(sourceFile) ?? "";
        if (Directory.Exists(directory))
        {
            return directory;
        }

        var mapped = sourceFile.Replace('\\', '/');
        if (mapped.StartsWith("/_", StringComparison.Ordinal) && mapped.IndexOf('/', 1) is > 0 and var rootEnd)
        {
            var relative = Path.GetDirectoryName(mapped[(rootEnd + 1)..]) ?? "";
            for (var root = new DirectoryInfo(AppContext.BaseDirectory); root is not null; root = root.Parent)
            {
                var candidate = Path.Combine(root.FullName, relative);
                if (Directory.Exists(candidate))
                {
                    return candidate;
                }
            }
        }

        throw new InvalidOperationException(
            $"The test's source folder \"{directory}\" does not exist here, so the approved map cannot be found. A build that maps source " +
            "paths (such as one with ContinuousIntegrationBuild or PathMap) and runs from outside the source tree needs " +
            "<DeterministicSourcePaths>false</DeterministicSourcePaths> in the test project.");
    }
}
