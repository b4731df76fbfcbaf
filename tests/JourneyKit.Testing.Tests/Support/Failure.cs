namespace JourneyKit.Testing.Tests.Support;

/// <summary>The message an assertion fails with: what a user reads, so the tests compare it as text.</summary>
public static class Failure
{
    public static string Of(Action assertion)
    {
        try
        {
            assertion();
        }
        catch (Exception e) when (e is Xunit.Sdk.IAssertionException)
        {
            return e.Message.ReplaceLineEndings("\n");
        }

        throw new Xunit.Sdk.XunitException("Expected the assertion to fail, but it passed.");
    }
}
