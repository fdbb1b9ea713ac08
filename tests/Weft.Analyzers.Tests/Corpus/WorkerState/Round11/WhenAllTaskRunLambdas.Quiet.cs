// Quiet twin: the pool returns (host, result) tuples; the worker writes them after the await, on its loop.
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using Weft;

namespace Corpus.R11.WhenAllTaskRunLambdasQuiet;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class Health
{
    public Dictionary<string, bool> Up { get; } = new();
}

public static class Checker
{
    public static async Task CheckAsync(IReadOnlyList<string> hosts)
    {
        var up = Health.Current.Up;
        var results = await Task.WhenAll(hosts.Select(h => Task.Run(() => (Host: h, Ok: Ping(h)))));
        foreach (var (host, ok) in results)
        {
            up[host] = ok;
        }
    }

    private static bool Ping(string host) => host.Length > 0;
}
