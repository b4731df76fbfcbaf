using System.Text;
using System.Text.RegularExpressions;
using JourneyKit.Cli.Output;

namespace JourneyKit.Cli.Inputs;

/// <summary>
/// The files that paths and glob patterns name, relative to the working directory: <c>*</c> and <c>?</c> within a folder
/// name, <c>**</c> for any number of folders. Sorted and without repeats, so the output does not depend on the file system's order.
/// </summary>
internal static class FileGlob
{
    public static List<string> Expand(IEnumerable<string> patterns, Terminal terminal)
    {
        var files = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var pattern in patterns)
        {
            if (pattern.IndexOfAny(['*', '?']) < 0)
            {
                files.Add(pattern);
                continue;
            }

            var normalized = pattern.Replace('\\', '/');
            var wildcard = normalized.IndexOfAny(['*', '?']);
            var rootEnd = normalized.LastIndexOf('/', wildcard);
            var root = Path.GetFullPath(rootEnd < 0 ? "." : normalized[..(rootEnd + 1)], terminal.WorkingDirectory);
            var matcher = new Regex("^" + ToRegex(normalized[(rootEnd + 1)..]) + "$", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
            var matched = 0;
            if (Directory.Exists(root))
            {
                foreach (var file in Directory.EnumerateFiles(root, "*", new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true }))
                {
                    if (matcher.IsMatch(Path.GetRelativePath(root, file).Replace('\\', '/')))
                    {
                        files.Add(terminal.Relative(file));
                        matched++;
                    }
                }
            }

            if (matched == 0)
            {
                throw new InputException($"{pattern}: no file matches.");
            }
        }

        return [.. files];
    }

    private static string ToRegex(string glob)
    {
        var regex = new StringBuilder();
        for (var i = 0; i < glob.Length; i++)
        {
            switch (glob[i])
            {
                case '*' when i + 1 < glob.Length && glob[i + 1] == '*':
                    regex.Append(i + 2 < glob.Length && glob[i + 2] == '/' ? "(?:.*/)?" : ".*");
                    i += i + 2 < glob.Length && glob[i + 2] == '/' ? 2 : 1;
                    break;
                case '*':
                    regex.Append("[^/]*");
                    break;
                case '?':
                    regex.Append("[^/]");
                    break;
                default:
                    regex.Append(Regex.Escape(glob[i].ToString()));
                    break;
            }
        }

        return regex.ToString();
    }
}
