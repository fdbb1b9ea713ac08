// Round 2. Parallel.ForEachAsync runs its body on thread-pool threads, several at once, all writing the worker's
// dictionary.
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
        var resolved = Resolved.Current;
        await Parallel.ForEachAsync(hosts, async (host, ct) =>
        {
            var addresses = await System.Net.Dns.GetHostAddressesAsync(host, ct);
            resolved.ByHost[host] = addresses[0].ToString(); // expect: WEFT0004
        });
    }
}
