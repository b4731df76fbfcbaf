using JourneyKit.Tests.Support;

namespace JourneyKit.Cli.Tests.Support;

/// <summary>A temporary folder of map files (the sample maps of docs/examples), optionally a git repository, deleted after the test.</summary>
public sealed class Workspace : IDisposable
{
    private readonly DirectoryInfo _directory = Directory.CreateTempSubdirectory("journeykit-cli-");

    public string Path => _directory.FullName;

    public static string Example(string name) => File.ReadAllText(Repository.File("docs", "examples", name));

    /// <summary>Writes a file (folders made as needed) and returns its full path.</summary>
    public string Write(string relativePath, string content)
    {
        var path = System.IO.Path.Combine(Path, relativePath);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);
        File.WriteAllText(path, content);
        return path;
    }

    public string Read(string relativePath) => File.ReadAllText(System.IO.Path.Combine(Path, relativePath));

    public bool Exists(string relativePath) => File.Exists(System.IO.Path.Combine(Path, relativePath));

    /// <summary>Runs git in the folder, with a fixed author, and fails the test if git does.</summary>
    public string Git(params string[] arguments) => ProcessRunner.Git(Path, arguments);

    public void Dispose() => _directory.Delete(recursive: true);
}
