using System.Globalization;
using System.Xml.Linq;

// Usage: coverage-check <coverage.cobertura.xml> <min line %> <min branch %> [source folder, src/JourneyKit by default]
if (args.Length is not (3 or 4))
{
    Console.Error.WriteLine("usage: coverage-check <coverage.cobertura.xml> <min line %> <min branch %> [source folder]");
    return 2;
}

var source = (args.Length == 4 ? args[3] : "src/JourneyKit").TrimEnd('/') + "/";

var floor = (Lines: double.Parse(args[1], CultureInfo.InvariantCulture), Branches: double.Parse(args[2], CultureInfo.InvariantCulture));
var folders = new SortedDictionary<string, Tally>(StringComparer.Ordinal);
foreach (var type in XDocument.Load(args[0]).Descendants("class"))
{
    var file = ((string?)type.Attribute("filename") ?? "").Replace('\\', '/');
    var at = file.IndexOf(source, StringComparison.Ordinal);
    if (at < 0)
    {
        continue;
    }

    var relative = file[(at + source.Length)..];
    var folder = relative.Contains('/', StringComparison.Ordinal) ? relative[..relative.IndexOf('/', StringComparison.Ordinal)] : "(root)";
    var tally = folders.TryGetValue(folder, out var t) ? t : folders[folder] = new Tally();

    // A class's own <lines> list each line once; its methods repeat them.
    foreach (var line in type.Elements("lines").Elements("line"))
    {
        tally.Lines++;
        tally.LinesHit += (int)line.Attribute("hits")! > 0 ? 1 : 0;
        if ((string?)line.Attribute("condition-coverage") is { } condition)
        {
            var counts = condition[(condition.IndexOf('(', StringComparison.Ordinal) + 1)..^1].Split('/');
            tally.BranchesHit += int.Parse(counts[0], CultureInfo.InvariantCulture);
            tally.Branches += int.Parse(counts[1], CultureInfo.InvariantCulture);
        }
    }
}

var total = new Tally();
Console.WriteLine("| folder | lines | branches |");
Console.WriteLine("|---|---:|---:|");
foreach (var (folder, tally) in folders)
{
    Console.WriteLine($"| {folder} | {tally.LineRate:F1}% ({tally.LinesHit}/{tally.Lines}) | {tally.BranchRate:F1}% ({tally.BranchesHit}/{tally.Branches}) |");
    total.Add(tally);
}

Console.WriteLine($"| **{source.TrimEnd('/')}** | **{total.LineRate:F1}%** ({total.LinesHit}/{total.Lines}) | **{total.BranchRate:F1}%** ({total.BranchesHit}/{total.Branches}) |");
if (total.Lines == 0 || total.LineRate < floor.Lines || total.BranchRate < floor.Branches)
{
    Console.Error.WriteLine($"coverage-check: below the floor of {floor.Lines}% of lines and {floor.Branches}% of branches");
    return 1;
}

Console.WriteLine($"coverage-check: at or above the floor of {floor.Lines}% of lines and {floor.Branches}% of branches");
return 0;

internal sealed class Tally
{
    public int Lines { get; set; }

    public int LinesHit { get; set; }

    public int Branches { get; set; }

    public int BranchesHit { get; set; }

    public double LineRate => Lines == 0 ? 0 : 100.0 * LinesHit / Lines;

    public double BranchRate => Branches == 0 ? 100 : 100.0 * BranchesHit / Branches;

    public void Add(Tally other)
    {
        Lines += other.Lines;
        LinesHit += other.LinesHit;
        Branches += other.Branches;
        BranchesHit += other.BranchesHit;
    }
}
