using FluentAssertions;
using FluentAssertions.Execution;
using JourneyKit.Diffing;
using JourneyKit.Serialization;
using JourneyKit.Serialization.Json;
using JourneyKit.Testing.Equivalency;

namespace JourneyKit.Testing.Approval;

/// <summary>Approved maps: a test's map compared with the canonical JSON a person reviewed and accepted.</summary>
internal static class ApprovedMaps
{
    /// <summary>The environment variable that, set to <c>true</c>, approves every map the tests receive.</summary>
    public const string AcceptAllVariable = "JOURNEYKIT_ACCEPT_ALL";

    [CustomAssertion]
    public static void Check(JourneyMap map, ApprovedFile file)
    {
        var received = JourneyMapJson.Default.SerializeToUtf8Bytes(map);
        var approved = File.Exists(file.ApprovedPath) ? Normalized(File.ReadAllBytes(file.ApprovedPath)) : null;
        if (approved is not null && approved.AsSpan().SequenceEqual(received))
        {
            File.Delete(file.ReceivedPath);
            return;
        }

        if (AcceptsAll())
        {
            File.WriteAllBytes(file.ApprovedPath, received);
            File.Delete(file.ReceivedPath);
            return;
        }

        File.WriteAllBytes(file.ReceivedPath, received);
        var accept = new Verbatim(
            $"{Environment.NewLine}The map was written to {file.ReceivedPath}. If the change is intended, accept it with:{Environment.NewLine}" +
            $"  mv \"{file.ReceivedPath}\" \"{file.ApprovedPath}\"{Environment.NewLine}" +
            $"or run the tests with {AcceptAllVariable}=true to accept every received map.");
        if (approved is null)
        {
            Execute.Assertion.FailWith("Expected {context:map} to match its approved map, but there is none yet at {0}.{1}",
                new Verbatim(file.ApprovedPath), accept);
            return;
        }

        JourneyMap approvedMap;
        try
        {
            approvedMap = JourneyMapJson.Default.Deserialize(approved);
        }
        catch (JourneyFormatException e)
        {
            Execute.Assertion.FailWith("Expected {context:map} to match its approved map, but {0} is not a map JourneyKit reads: {1}{2}",
                new Verbatim(file.ApprovedPath), new Verbatim(e.Message), accept);
            return;
        }

        if (approvedMap.Equals(map))
        {
            Execute.Assertion.FailWith(
                "Expected {context:map} to match its approved map, but {0} holds the same map in other bytes than the canonical JSON (edited by hand, or written by another version).{1}",
                new Verbatim(file.ApprovedPath), accept);
            return;
        }

        var diff = JourneyDiff.Compare(approvedMap, map);
        Execute.Assertion.FailWith("Expected {context:map} to match its approved map {0}, but it differs by {1}:{2}{3}",
            new Verbatim(file.ApprovedPath), new Verbatim(Changelog.Count(diff)), new Verbatim(JourneyMapEquivalencyStep.Differences(diff)), accept);
    }

    /// <summary>The approved bytes with Windows line ends made Unix ones, as a checkout with <c>core.autocrlf</c> may give them.</summary>
    private static byte[] Normalized(byte[] bytes)
    {
        if (bytes.AsSpan().IndexOf("\r\n"u8) < 0)
        {
            return bytes;
        }

        var text = System.Text.Encoding.UTF8.GetString(bytes).ReplaceLineEndings("\n");
        return System.Text.Encoding.UTF8.GetBytes(text);
    }

    private static bool AcceptsAll() =>
        string.Equals(Environment.GetEnvironmentVariable(AcceptAllVariable), "true", StringComparison.OrdinalIgnoreCase);
}
