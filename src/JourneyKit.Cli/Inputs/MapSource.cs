using System.Diagnostics;
using JourneyKit.Cli.Output;
using JourneyKit.Serialization;

namespace JourneyKit.Cli.Inputs;

/// <summary>
/// A map document as given on the command line: a file, or <c>git-ref:path</c> read through git (as in
/// <c>origin/main:maps/lunch.json</c>), with its bytes and the format its extension names.
/// </summary>
internal sealed class MapSource
{
    private MapSource(string name, string? filePath, byte[] bytes, JourneyMapFormat format)
    {
        Name = name;
        FilePath = filePath;
        Bytes = bytes;
        Format = format;
    }

    /// <summary>The largest document read, the readers' own limit, checked before the file is read.</summary>
    public const long MaxBytes = ReadLimits.DefaultMaxDocumentBytes;

    /// <summary>Gets the name to print: the path relative to the working directory, or <c>ref:path</c>.</summary>
    public string Name { get; }

    /// <summary>Gets the file's full path, or <see langword="null"/> for a document read from git.</summary>
    public string? FilePath { get; }

    public byte[] Bytes { get; }

    public JourneyMapFormat Format { get; }

    public static MapSource Open(string argument, Terminal terminal)
    {
        var full = Path.GetFullPath(argument, terminal.WorkingDirectory);
        if (File.Exists(full))
        {
            var name = terminal.Relative(full);
            if (new FileInfo(full).Length > MaxBytes)
            {
                throw new InputException($"{name}: the file is larger than the readers' limit of {MaxBytes:N0} bytes.");
            }

            return new MapSource(name, full, File.ReadAllBytes(full), FormatOf(argument, name));
        }

        if (GitRevision(argument) is var (revision, path))
        {
            return new MapSource(argument, null, GitShow(revision, path, argument, terminal), FormatOf(path, argument));
        }

        throw new InputException($"{argument}: no such file (a map in git is written <ref>:<path>, such as origin/main:maps/lunch.json).");
    }

    /// <summary>Reads the map, or says where the document is wrong: file, line, column and JSON path.</summary>
    public JourneyMap Read()
    {
        if (Format.Reader is not { } reader)
        {
            throw new InputException($"{Name}: the {Format.Name} format cannot be read, only written; give a JSON or Mermaid map.");
        }

        try
        {
            using var stream = new MemoryStream(Bytes, writable: false);
            return reader.Deserialize(stream);
        }
        catch (JourneyFormatException e)
        {
            var where = e.Line is { } line ? $"{Name}:{line}:{e.Column ?? 1}" : Name;
            var path = e.JsonPath is null ? "" : $" (at {e.JsonPath})";
            throw new InputException($"{where}: error: {e.Reason}{path}");
        }
    }

    private static JourneyMapFormat FormatOf(string path, string name) =>
        JourneyMapFormats.Default.FindByExtension(path)
        ?? throw new InputException($"{name}: no format reads files named like this; known extensions: {string.Join(", ", JourneyMapFormats.Default.Formats.SelectMany(f => f.Extensions))}.");

    /// <summary>The revision and path of <c>ref:path</c>; not a Windows drive letter such as <c>C:\maps</c>.</summary>
    private static (string Revision, string Path)? GitRevision(string argument)
    {
        var colon = argument.IndexOf(':', StringComparison.Ordinal);
        if (colon <= 1 || colon == argument.Length - 1)
        {
            return null;
        }

        return (argument[..colon], argument[(colon + 1)..]);
    }

    private static byte[] GitShow(string revision, string path, string argument, Terminal terminal)
    {
        var start = new ProcessStartInfo("git")
        {
            WorkingDirectory = terminal.WorkingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add("show");
        start.ArgumentList.Add($"{revision}:{path}");
        terminal.Detail($"git show {revision}:{path}");
        try
        {
            using var git = Process.Start(start) ?? throw new InputException($"{argument}: git did not start.");
            using var bytes = new MemoryStream();
            var errors = git.StandardError.ReadToEndAsync();
            var buffer = new byte[81920];
            for (int read; (read = git.StandardOutput.BaseStream.Read(buffer)) > 0;)
            {
                if (bytes.Length + read > MaxBytes)
                {
                    git.Kill();
                    throw new InputException($"{argument}: the document is larger than the readers' limit of {MaxBytes:N0} bytes.");
                }

                bytes.Write(buffer, 0, read);
            }

            git.WaitForExit();
            if (git.ExitCode != 0)
            {
                throw new InputException($"{argument}: git could not read it: {errors.Result.Trim()}");
            }

            return bytes.ToArray();
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            throw new InputException($"{argument}: reading a map from git needs git on the PATH ({e.Message}).");
        }
    }
}
