// WEFT0004: the per-worker DNS cache is captured by a ContinueWith continuation given TaskScheduler.Default and
// ExecuteSynchronously: it runs on the thread that completes the lookup, not on the worker.
using System.Collections.Generic;
using System.Net;
using System.Threading;
using System.Threading.Tasks;
using Weft;

namespace Corpus.Round4.ContinueWithDefaultScheduler;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class DnsCache
{
    readonly Dictionary<string, IPAddress[]> _byHost = new();

    public void Store(string host, IPAddress[] addresses) => _byHost[host] = addresses;
}

public sealed class Resolver
{
    public Task ResolveAsync(string host)
    {
        var cache = DnsCache.Current;
        return Dns.GetHostAddressesAsync(host).ContinueWith(
            done => cache.Store(host, done.Result), // expect: WEFT0004
            CancellationToken.None,
            TaskContinuationOptions.ExecuteSynchronously | TaskContinuationOptions.OnlyOnRanToCompletion,
            TaskScheduler.Default);
    }
}
