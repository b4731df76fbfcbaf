using System.Globalization;
using JourneyKit;
using JourneyKit.Analysis;
using JourneyKit.Diffing;
using JourneyKit.Rendering;
using JourneyKit.Samples;
using JourneyKit.Samples.Maps;
using JourneyKit.Serialization;
using JourneyKit.Serialization.Json;
using JourneyKit.Validation;

Console.OutputEncoding = System.Text.Encoding.UTF8;

JourneyMap[] maps = [CanteenLunch.Build(), OnlineShoePurchase.Build(), B2BSoftwarePurchase.Build()];
// The review dates are checked against a fixed day, so the output is the same on every run.
var today = new FixedClock(new DateTimeOffset(2026, 11, 22, 9, 0, 0, TimeSpan.Zero));
foreach (var map in maps)
{
    Console.WriteLine(MapSummary.Describe(map));
    Console.WriteLine(map.Validate(timeProvider: today));
    Console.WriteLine();
}

// Each map is read to act on it: where customers are lost, what hurts most, what to do first.
foreach (var map in maps)
{
    Console.WriteLine(AnalysisSummary.Describe(map, map.Analyze()));
    Console.WriteLine();
}

// A team can tune the rules: a school project needs no owner per step, and a known gap can be suppressed with a reason.
var classroomRules = ValidationRuleSet.Default
    .WithSeverity("JK1009", IssueSeverity.Off)
    .Suppress("JK1006", "eat", "Eating happens at the table, where the canteen has no contact with the student.");
Console.WriteLine(maps[0].Validate(classroomRules, today));
Console.WriteLine();

// Each map is saved as canonical JSON and read back; the output folder is the first argument, or ./sample-output.
var output = Directory.CreateDirectory(args.Length > 0 ? args[0] : "sample-output");
foreach (var map in maps)
{
    var path = Path.Combine(output.FullName, $"{map.Id}.json");
    JourneyMapFormats.Default.WriteFile(map, path);
    var loaded = JourneyMapFormats.Default.ReadFile(path);
    // Numbers for people are written the same way in every culture, so the output is the same on every machine.
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Saved {Path.GetFileName(path)} ({new FileInfo(path).Length:N0} bytes); read back equal: {loaded == map}"));

    // The same registry writes a spreadsheet, a Mermaid diagram, a Markdown page, a picture and a web page, picking the format by the file's extension.
    foreach (var extension in new[] { ".csv", ".mmd", ".md", ".svg", ".html" })
    {
        JourneyMapFormats.Default.WriteFile(map, Path.ChangeExtension(path, extension));
    }

    // The analysis is written as JSON too, for dashboards and other tools (docs/schema/journeyanalysis.v1.schema.json),
    // and drawn: the funnel, the value/effort matrix and the personas' emotion curves.
    var analysis = map.Analyze();
    File.WriteAllText(Path.ChangeExtension(path, ".analysis.json"), JourneyAnalysisJson.Default.Serialize(analysis));
    File.WriteAllText(Path.ChangeExtension(path, ".funnel.svg"), JourneyAnalysisCharts.Default.Funnel(analysis, map));
    File.WriteAllText(Path.ChangeExtension(path, ".matrix.svg"), JourneyAnalysisCharts.Default.ValueEffortMatrix(analysis, map));
    File.WriteAllText(Path.ChangeExtension(path, ".curves.svg"), JourneyAnalysisCharts.Default.EmotionCurves(analysis, map));
}

// A map can record the language its team works in: then the picture, the page, the Markdown and the validation report
// speak it with no options. The canteen journey is a Norwegian team's, the purchase journey a German team's.
foreach (var (map, tag) in new[] { (maps[0], "nb"), (maps[1], "de") })
{
    var ownLanguage = map.WithLanguage(tag);
    foreach (var extension in new[] { ".svg", ".html", ".md" })
    {
        JourneyMapFormats.Default.WriteFile(ownLanguage, Path.Combine(output.FullName, $"{map.Id}.{tag}{extension}"));
    }

    Console.WriteLine(string.Join('\n', ownLanguage.Validate(timeProvider: today).ToString().Split('\n').Take(2)));
}

Console.WriteLine();

// Two revisions of the shoe journey are compared: the changelog says what changed for customers and the team.
var revision3 = OnlineShoePurchase.Build(revision: 3);
var revision4 = OnlineShoePurchase.Build(revision: 4);
var changes = DiffSummary.Of(revision3, revision4, issuesBefore: revision3.Validate(timeProvider: today), issuesAfter: revision4.Validate(timeProvider: today));
Console.WriteLine(changes.ToText());
var changelog = Path.Combine(output.FullName, $"{revision4.Id}.changes.md");
File.WriteAllText(changelog, changes.ToMarkdown());
var diff = changes.Diff;
using (var diffFile = File.Create(Path.Combine(output.FullName, $"{revision4.Id}.changes.json")))
{
    JourneyDiffJson.Default.Serialize(diff, diffFile);
}

var visualDiff = Path.Combine(output.FullName, $"{revision4.Id}.changes.html");
File.WriteAllText(visualDiff, JourneyMapHtml.Default.RenderDiff(revision3, revision4));
Console.WriteLine($"Saved {Path.GetFileName(visualDiff)}, the two revisions drawn with every change marked");
Console.WriteLine($"Saved {Path.GetFileName(changelog)}; applying the diff to revision 3 gives revision 4: {JourneyDiff.Apply(revision3, diff) == revision4}; "
    + $"its inverse gives revision 3 back: {JourneyDiff.Apply(revision4, diff.Invert()) == revision3}");
Console.WriteLine();

// A map built twice from the same code is equal, and so is one rebuilt from its own builder.
var again = CanteenLunch.Build();
Console.WriteLine($"Rebuilt maps are equal: {again == maps[0] && again.ToBuilder().Build() == maps[0]}");

// Structural mistakes are reported together, each with its path.
try
{
    JourneyMap.Create("Broken map")
        .Stage("Pay", s => s.Step("Pays", st => st.Emotion(5)))
        .Loop("Pays", "Looks at the menu")
        .Build();
}
catch (JourneyKit.Building.JourneyMapBuildException ex)
{
    Console.WriteLine(ex.Message);
}
