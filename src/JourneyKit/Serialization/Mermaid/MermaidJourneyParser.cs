using System.Globalization;
using JourneyKit.Building;

namespace JourneyKit.Serialization.Mermaid;

/// <summary>
/// Reads the statements of a Mermaid <c>journey</c> diagram the way Mermaid 11's grammar does (<c>#</c> and a leading
/// <c>%%</c> start comments, <c>;</c> is refused) and builds a map from them, failing with the line and column of the first problem.
/// </summary>
internal sealed class MermaidJourneyParser
{
    private const string FormatName = "mermaid";
    private const string UnnamedStage = "Steps";
    private const string UntitledMap = "Untitled journey";

    private readonly List<(string Name, List<Task> Tasks)> _sections = [];
    private readonly List<string> _actors = [];
    private readonly HashSet<string> _knownActors = new(StringComparer.Ordinal);
    private readonly ReadLimits _limits;
    private int _elements;
    private string? _title;
    private string? _accessibleTitle;
    private string? _description;
    private int _line;

    private sealed record Task(string Name, int Score, List<string> Actors);

    private MermaidJourneyParser(ReadLimits limits) => _limits = limits;

    public static JourneyMap Parse(string text, ReadLimits limits)
    {
        if (text.Length > limits.MaxDocumentBytes)
        {
            throw ReadLimits.Exceeded(FormatName, "characters", limits.MaxDocumentBytes, nameof(ReadLimits.MaxDocumentBytes));
        }

        return new MermaidJourneyParser(limits).Run(text);
    }

    private JourneyMap Run(string text)
    {
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            if (lines[i].Length > _limits.MaxStringLength)
            {
                throw ReadLimits.Exceeded(FormatName, "characters on one line", _limits.MaxStringLength, nameof(ReadLimits.MaxStringLength), i + 1, 1);
            }

            if (TextPolicy.IndexOfLoneSurrogate(lines[i]) is var surrogate and >= 0)
            {
                _line = i + 1;
                throw Error("the text holds an unpaired surrogate, which is not valid Unicode", surrogate + 1);
            }
        }

        var index = SkipFrontMatter(lines);
        var sawHeader = false;
        for (; index < lines.Length; index++)
        {
            _line = index + 1;
            var statement = WithoutComment(lines[index]);
            var trimmed = statement.Trim();
            if (trimmed.Length == 0)
            {
                continue;
            }

            var at = 1 + statement.Length - statement.TrimStart().Length;
            if (statement.IndexOf(';', StringComparison.Ordinal) is var semicolon and >= 0)
            {
                throw Error("Mermaid's journey grammar does not allow ';' (put each statement on its own line)", semicolon + 1);
            }

            if (!sawHeader)
            {
                if (trimmed != "journey")
                {
                    throw Error($"expected the diagram to start with 'journey', found '{Shorten(trimmed)}'", at);
                }

                sawHeader = true;
                continue;
            }

            Statement(trimmed, at);
        }

        if (!sawHeader)
        {
            _line = Math.Max(1, lines.Length);
            throw Error("the text holds no diagram; a Mermaid journey starts with 'journey'", 1);
        }

        return Build();
    }

    private int SkipFrontMatter(string[] lines)
    {
        if (lines.Length == 0 || lines[0].Trim() != "---")
        {
            return 0;
        }

        for (var i = 1; i < lines.Length; i++)
        {
            if (lines[i].Trim() == "---")
            {
                return i + 1;
            }

            var line = lines[i].Trim();
            if (line.StartsWith("title:", StringComparison.Ordinal))
            {
                _title = Unquote(line["title:".Length..].Trim());
            }
        }

        _line = 1;
        throw Error("the front matter that starts with '---' is never closed", 1);
    }

    /// <summary>
    /// Drops a comment as Mermaid 11's lexer does: a line whose first word starts with <c>%%</c>, or has it after one
    /// character other than <c>}</c>, is a comment; elsewhere a comment starts at <c>#</c>, and <c>%%</c> inside a line is text.
    /// </summary>
    private static string WithoutComment(string line)
    {
        var text = line.AsSpan().TrimStart();
        if (text.StartsWith("%%") || (text.Length >= 3 && text[0] != '}' && text[1..].StartsWith("%%")))
        {
            return "";
        }

        var comment = line.IndexOf('#', StringComparison.Ordinal);
        return comment < 0 ? line : line[..comment];
    }

    private void Statement(string statement, int column)
    {
        if (Keyword(statement, "title") is { } title)
        {
            _title = title;
        }
        else if (Keyword(statement, "section") is { } section)
        {
            if (section.Contains(':', StringComparison.Ordinal))
            {
                throw Error($"a section name cannot hold ':' (Mermaid would read '{Shorten(section)}' as a task)", column);
            }

            Count(1);
            _sections.Add((Label(section), []));
        }
        else if (statement.StartsWith("accTitle", StringComparison.Ordinal) && statement["accTitle".Length..].TrimStart().StartsWith(':'))
        {
            _accessibleTitle = Label(statement[(statement.IndexOf(':', StringComparison.Ordinal) + 1)..]);
        }
        else if (statement.StartsWith("accDescr", StringComparison.Ordinal) && statement["accDescr".Length..].TrimStart().StartsWith(':'))
        {
            _description = Label(statement[(statement.IndexOf(':', StringComparison.Ordinal) + 1)..]);
        }
        else if (statement.StartsWith("accDescr", StringComparison.Ordinal) && statement["accDescr".Length..].TrimStart().StartsWith('{'))
        {
            throw Error("multi-line 'accDescr { ... }' is not supported; write 'accDescr: text' on one line", column);
        }
        else
        {
            TaskStatement(statement, column);
        }
    }

    private void TaskStatement(string statement, int column)
    {
        var colon = statement.IndexOf(':', StringComparison.Ordinal);
        if (colon < 0)
        {
            throw Error($"'{Shorten(statement)}' is not a statement of a journey; a task is written 'Task name: score: actor, actor'", column);
        }

        var name = Label(statement[..colon].Trim());
        if (name.Length == 0)
        {
            throw Error("a task needs a name before ':'", column);
        }

        var data = statement[(colon + 1)..].Split(':');
        var scoreText = data[0].Trim();
        var scoreColumn = column + colon + 1 + (data[0].Length - data[0].TrimStart().Length);
        if (!int.TryParse(scoreText, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var score) || score is < 1 or > 5)
        {
            throw Error($"task '{Shorten(name)}' has the score '{Shorten(scoreText)}'; a score is a whole number from 1 to 5", scoreColumn);
        }

        if (data.Length > 2)
        {
            throw Error($"task '{Shorten(name)}' has more than two ':' after its name; write 'Task name: score: actor, actor'", column);
        }

        var actors = data.Length == 1
            ? []
            : data[1].Split(',').Select(a => Label(a.Trim())).Where(a => a.Length > 0).Distinct(StringComparer.Ordinal).ToList();
        Count(1 + actors.Count);
        foreach (var actor in actors)
        {
            if (_knownActors.Add(actor))
            {
                _actors.Add(actor);
            }
        }

        if (_sections.Count == 0)
        {
            _sections.Add((UnnamedStage, []));
        }

        _sections[^1].Tasks.Add(new Task(name, score, actors));
    }

    private JourneyMap Build()
    {
        var builder = JourneyMap.Create(NonEmpty(_title) ?? NonEmpty(_accessibleTitle) ?? UntitledMap);
        if (NonEmpty(_description) is { } description)
        {
            builder.Description(description);
        }

        // Each actor gets the id the builder would derive, given explicitly, so that a task names its actors by that
        // id and never by another actor's name: actors "Ann" and "ann" stay two personas.
        var personaIds = new Dictionary<string, string>(_actors.Count, StringComparer.Ordinal);
        var ids = new IdAllocator("persona", "persona");
        foreach (var actor in _actors)
        {
            var id = ids.Derive(actor);
            personaIds.Add(actor, id);
            builder.Persona(actor, p => p.Id(id));
        }

        foreach (var (name, tasks) in _sections)
        {
            builder.Stage(name.Length == 0 ? UnnamedStage : name, stage =>
            {
                foreach (var task in tasks)
                {
                    stage.Step(task.Name, step =>
                    {
                        var everyone = task.Actors.Count == 0 || task.Actors.Count == _actors.Count;
                        if (everyone)
                        {
                            step.Emotion(task.Score - 3);
                            return;
                        }

                        foreach (var actor in task.Actors)
                        {
                            step.Emotion(task.Score - 3, persona: personaIds[actor]);
                        }
                    });
                }
            });
        }

        try
        {
            return builder.Build();
        }
        catch (JourneyMapBuildException e)
        {
            throw new JourneyFormatException($"the diagram does not make a sound map: {e.Message}", FormatName, null, null, null, null, e);
        }
    }

    /// <summary>Counts elements as they are read and stops at the limit, before the map is built.</summary>
    private void Count(int elements)
    {
        _elements += elements;
        if (_elements > _limits.MaxElements)
        {
            throw ReadLimits.Exceeded(FormatName, "sections, tasks and actors", _limits.MaxElements, nameof(ReadLimits.MaxElements), _line, 1);
        }
    }

    private static string? Keyword(string statement, string keyword) =>
        statement.StartsWith(keyword, StringComparison.Ordinal) && statement.Length > keyword.Length && char.IsWhiteSpace(statement[keyword.Length])
            ? Label(statement[keyword.Length..].Trim())
            : null;

    /// <summary>Removes the word joiners the writer puts before labels that start like a keyword and inside <c>%%</c>.</summary>
    private static string Label(string text)
    {
        text = text.Trim();
        return (text.StartsWith('\u2060') ? text[1..] : text).Replace("%\u2060%", "%%", StringComparison.Ordinal);
    }

    private static string? NonEmpty(string? text) => string.IsNullOrWhiteSpace(text) ? null : text;

    private static string Unquote(string text) =>
        text.Length >= 2 && (text[0] == '"' || text[0] == '\'') && text[^1] == text[0] ? text[1..^1] : text;

    private static string Shorten(string text) => text.Length <= 40 ? text : string.Concat(text.AsSpan(0, 40), "…");

    private JourneyFormatException Error(string reason, int column) => new(reason, FormatName, _line, column, null, null);
}
