using System.Reflection;
using PublicApiGenerator;

namespace JourneyKit.ApiApproval.Tests;

/// <summary>The public surface of an assembly as C#-like text, by PublicApiGenerator, without assembly attributes so the text stays stable.</summary>
internal static class PublicApiText
{
    public static string Of(Assembly assembly) =>
        assembly.GeneratePublicApi(new ApiGeneratorOptions { IncludeAssemblyAttributes = false }).ReplaceLineEndings("\n");
}
