using System.Text;

namespace JourneyKit.Tests.Support;

/// <summary>Compares output with a golden file checked in under the repository, saving the new output beside it on a difference.</summary>
public static class Golden
{
    /// <summary>Fails unless <paramref name="text"/> equals the golden file byte for byte; on a difference writes <c>.received</c> beside it.</summary>
    public static void Check(string text, params string[] path)
    {
        var golden = Repository.File(path);
        var bytes = Encoding.UTF8.GetBytes(text);
        if (File.Exists(golden) && bytes.AsSpan().SequenceEqual(File.ReadAllBytes(golden)))
        {
            return;
        }

        var received = Path.Combine(Path.GetDirectoryName(golden)!, Path.GetFileNameWithoutExtension(golden) + ".received" + Path.GetExtension(golden));
        File.WriteAllBytes(received, bytes);
        Assert.Fail($"The output differs from {golden}. If the change is intended, accept it: mv {received} {golden}");
    }
}
