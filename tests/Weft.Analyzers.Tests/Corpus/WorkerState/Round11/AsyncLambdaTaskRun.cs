// An async lambda handed to Task.Run writes the worker's dictionary after its await: it runs on the pool.
using System.Collections.Generic;
using System.Threading.Tasks;
using Weft;

namespace Corpus.R11.AsyncLambdaTaskRun;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class Probe
{
    public Dictionary<string, int> Latency { get; } = new();
}

public static class Prober
{
    public static Task ProbeAsync(string host)
    {
        var latency = Probe.Current.Latency;
        return Task.Run(async () =>
        {
            int ms = await MeasureAsync(host);
            latency[host] = ms; // expect: WEFT0004
        });
    }

    private static Task<int> MeasureAsync(string host) => Task.FromResult(host.Length);
}
