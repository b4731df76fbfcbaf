using BenchmarkDotNet.Running;
using JourneyKit.Benchmarks.Diffing;

if (args is ["probe-jsondiffpatch", var steps, var minutes])
{
    // JsonDiffPatch.Net's array diff is quadratic; at sizes where it cannot finish, record what happens instead.
    JsonDiffPatchProbe.Run(int.Parse(steps, System.Globalization.CultureInfo.InvariantCulture), TimeSpan.FromMinutes(double.Parse(minutes, System.Globalization.CultureInfo.InvariantCulture)));
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
