using System.Diagnostics;

namespace JourneyKit.Tests.SampleProgram;

/// <summary>
/// The sample writes every output JourneyKit has (JSON, CSV, Markdown, Mermaid, SVG, HTML, diff JSON, the changelog,
/// the visual diff) and prints validation reports and the changelog as text. Run in seven cultures and in invariant
/// globalization mode, it must give the same bytes: output never depends on the machine's culture.
/// </summary>
public class CultureIndependenceTests(ITestOutputHelper output)
{
    private static readonly string[] Cultures = ["en_US", "tr_TR", "de_DE", "ar_SA", "fa_IR", "th_TH", "ja_JP"];

    [Fact]
    public async Task Sample_EveryCultureAndInvariantMode_WritesIdenticalBytes()
    {
        var sample = typeof(JourneyKit.Samples.FixedClock).Assembly.Location;
        var root = Directory.CreateTempSubdirectory("journeykit-cultures-");
        try
        {
            var runs = Cultures
                .Select(culture => (Name: culture, Environment: new Dictionary<string, string> { ["DOTNET_SYSTEM_GLOBALIZATION_INVARIANT"] = "0", ["LANG"] = culture + ".UTF-8", ["LC_ALL"] = culture + ".UTF-8" }))
                .Append((Name: "invariant", Environment: new Dictionary<string, string> { ["DOTNET_SYSTEM_GLOBALIZATION_INVARIANT"] = "1", ["LANG"] = "C.UTF-8", ["LC_ALL"] = "C.UTF-8" }))
                .ToList();
            var results = new List<(string Name, string Folder, string Output)>();
            foreach (var run in runs)
            {
                var folder = Path.Combine(root.FullName, run.Name);
                results.Add((run.Name, folder, await RunAsync(sample, folder, run.Environment)));
            }

            var (firstName, firstFolder, firstOutput) = results[0];
            var files = Directory.GetFiles(firstFolder).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToList();
            files.Select(Path.GetExtension).Distinct().Should().Contain([".json", ".csv", ".mmd", ".md", ".svg", ".html"]);
            foreach (var (name, folder, text) in results.Skip(1))
            {
                text.Should().Be(firstOutput, $"the printed reports under {name} must equal those under {firstName}");
                Directory.GetFiles(folder).Select(Path.GetFileName).Order(StringComparer.Ordinal).Should().Equal(files);
                foreach (var file in files)
                {
                    var bytes = await File.ReadAllBytesAsync(Path.Combine(folder, file!));
                    bytes.Should().Equal(await File.ReadAllBytesAsync(Path.Combine(firstFolder, file!)), $"{file} under {name} must equal {file} under {firstName}");
                }
            }

            output.WriteLine($"{files.Count} files and the printed reports are identical under {string.Join(", ", results.Select(r => r.Name))}.");
        }
        finally
        {
            root.Delete(recursive: true);
        }
    }

    private static async Task<string> RunAsync(string sample, string folder, Dictionary<string, string> environment)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add("exec");
        start.ArgumentList.Add(sample);
        start.ArgumentList.Add(folder);
        foreach (var (key, value) in environment)
        {
            start.Environment[key] = value;
        }

        using var process = Process.Start(start)!;
        var standardOutput = process.StandardOutput.ReadToEndAsync();
        var standardError = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        process.ExitCode.Should().Be(0, await standardError);
        return await standardOutput;
    }
}
