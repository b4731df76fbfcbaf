using JourneyKit.Diffing;
using JourneyKit.Serialization;

namespace JourneyKit.Samples.Web.Hosting;

/// <summary>
/// The problem details (RFC 9457) a client gets for what the application refuses: what was wrong and where, in the
/// document's own terms, never a stack trace or an exception's type.
/// </summary>
public static class Problems
{
    /// <summary>A document no reader accepts: 422, with the line, column and JSON path the reader names.</summary>
    public static IResult Unreadable(JourneyFormatException exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        var extensions = new Dictionary<string, object?>
        {
            ["format"] = exception.Format,
            ["line"] = exception.Line,
            ["column"] = exception.Column,
            ["jsonPath"] = exception.JsonPath,
            ["elementId"] = exception.ElementId,
            ["path"] = exception.Path?.ToString(),
        };
        return Results.Problem(
            title: "The map could not be read",
            detail: exception.Reason,
            statusCode: StatusCodes.Status422UnprocessableEntity,
            type: "https://journeykit.dev/problems/unreadable-map",
            extensions: extensions);
    }

    /// <summary>A diff that does not apply to the revision: 409, with each change that drifted.</summary>
    public static IResult DoesNotApply(JourneyPatchException exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        return Results.Problem(
            title: "The diff does not apply to this revision",
            detail: exception.Message,
            statusCode: StatusCodes.Status409Conflict,
            type: "https://journeykit.dev/problems/diff-does-not-apply",
            extensions: new Dictionary<string, object?> { ["drift"] = exception.Drift.Select(d => d.ToString()).ToArray() });
    }

    /// <summary>A merge whose conflicts are not all resolved: 409, with each conflict's fingerprint, path and message.</summary>
    public static IResult Conflicts(MergeResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return Results.Problem(
            title: "The two edits conflict",
            detail: "Pick a side for each conflict (choice:<fingerprint> = ours or theirs) and merge again.",
            statusCode: StatusCodes.Status409Conflict,
            type: "https://journeykit.dev/problems/merge-conflicts",
            extensions: new Dictionary<string, object?>
            {
                ["conflicts"] = result.Conflicts.Where(c => !c.IsResolved)
                    .Select(c => new { c.Fingerprint, Kind = c.Kind.ToString(), Path = c.Path.ToString(), c.Message }).ToArray(),
            });
    }

    /// <summary>A body over <see cref="HostLimits.MaxBodyBytes"/>: 413.</summary>
    public static IResult TooLarge() => Results.Problem(
        title: "The upload is too large",
        detail: $"Maps up to {HostLimits.MaxBodyBytes / 1024 / 1024} MiB are accepted.",
        statusCode: StatusCodes.Status413PayloadTooLarge);

    /// <summary>A request without a map, or naming a format that does not read: 400.</summary>
    public static IResult BadRequest(string detail) => Results.Problem(title: "The request is incomplete", detail: detail, statusCode: StatusCodes.Status400BadRequest);

    /// <summary>A revision that does not exist: 404.</summary>
    public static IResult NoRevision(int id) => Results.Problem(title: "No such revision", detail: $"There is no revision {id}.", statusCode: StatusCodes.Status404NotFound);
}
