using System.IO.Compression;
using System.Reflection.Metadata;
using System.Text;
using System.Text.Json;

// Usage: package-check <symbols.snupkg> <path of the pdb inside it>
// Fails unless the pdb's documents have deterministic /_/ paths and a SourceLink map sends /_/ to an https URL.
if (args.Length != 2)
{
    Console.Error.WriteLine("usage: package-check <symbols.snupkg> <pdb entry, such as lib/net10.0/JourneyKit.pdb>");
    return 2;
}

using var package = ZipFile.OpenRead(args[0]);
var entry = package.GetEntry(args[1]);
if (entry is null)
{
    Console.Error.WriteLine($"{args[0]} has no {args[1]}");
    return 1;
}

using var pdbStream = new MemoryStream();
using (var source = entry.Open())
{
    source.CopyTo(pdbStream);
}

pdbStream.Position = 0;
using var provider = MetadataReaderProvider.FromPortablePdbStream(pdbStream);
var reader = provider.GetMetadataReader();
var documents = reader.Documents.Select(d => reader.GetString(reader.GetDocument(d).Name)).ToList();
var sourceLinkKind = new Guid("CC110556-A091-4D38-9FEC-25AB9A351A6A");
var sourceLink = reader.CustomDebugInformation
    .Select(reader.GetCustomDebugInformation)
    .Where(info => reader.GetGuid(info.Kind) == sourceLinkKind)
    .Select(info => Encoding.UTF8.GetString(reader.GetBlobBytes(info.Value)))
    .FirstOrDefault();

var failures = new List<string>();
var sources = documents.Where(d => d.EndsWith(".cs", StringComparison.Ordinal) && !d.Contains("/obj/", StringComparison.Ordinal)).ToList();
if (sources.Count == 0)
{
    failures.Add("the pdb lists no source files");
}

var outside = sources.Where(d => !d.StartsWith("/_/", StringComparison.Ordinal)).ToList();
if (outside.Count > 0)
{
    failures.Add($"{outside.Count} source paths are not deterministic (/_/...), such as {outside[0]}");
}

string? target = null;
if (sourceLink is null)
{
    failures.Add("the pdb has no SourceLink map");
}
else
{
    using var json = JsonDocument.Parse(sourceLink);
    target = json.RootElement.GetProperty("documents").EnumerateObject().FirstOrDefault(p => p.Name.StartsWith("/_/", StringComparison.Ordinal)).Value.GetString();
    if (target is null || !target.StartsWith("https://", StringComparison.Ordinal))
    {
        failures.Add($"the SourceLink map does not send /_/ to an https URL: {sourceLink}");
    }
}

foreach (var failure in failures)
{
    Console.Error.WriteLine($"package-check: {failure}");
}

if (failures.Count > 0)
{
    return 1;
}

Console.WriteLine($"package-check: {sources.Count} source files under /_/, SourceLink sends them to {target}");
return 0;
