// Quiet twin: the pool only measures; the result is awaited on the worker (plain await resumes there) and stored.
using System.Collections.Generic;
using System.Threading.Tasks;
using Weft;

namespace Corpus.R11.AsyncLambdaTaskRunQuiet;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class Probe
{
    public Dictionary<string, int> Latency { get; } = new();
}

public static class Prober
{
    public static async Task ProbeAsync(string host)
    {
        var latency = Probe.Current.Latency;
        int ms = await Task.Run(async () => await MeasureAsync(host));
        latency[host] = ms;
    }

    private static Task<int> MeasureAsync(string host) => Task.FromResult(host.Length);
}
