// Round 2. Parallel.ForEachAsync resolves into a concurrent dictionary of its own; the worker's dictionary is filled
// afterwards, back on the worker.
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Threading.Tasks;
using Weft;

namespace Corpus.ThreadContext.Round2.ForEachAsync;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class Resolved
{
    public Dictionary<string, string> ByHost { get; } = new();
}

public static class Resolver
{
    public static async Task ResolveAllAsync(IEnumerable<string> hosts)
    {
        var found = new ConcurrentDictionary<string, string>();
        await Parallel.ForEachAsync(hosts, async (host, ct) =>
        {
            var addresses = await System.Net.Dns.GetHostAddressesAsync(host, ct);
            found[host] = addresses[0].ToString();
        });

        var resolved = Resolved.Current;
        foreach (var pair in found)
        {
            resolved.ByHost[pair.Key] = pair.Value;
        }
    }
}
