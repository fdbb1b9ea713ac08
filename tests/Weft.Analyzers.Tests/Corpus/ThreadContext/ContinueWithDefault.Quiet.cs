// Decision: a continuation scheduled on the worker's own Dispatcher.TaskScheduler runs on the owner; the issue
// names ContinueWith and StartNew "on the default scheduler" as leaving the thread, so an explicit loop scheduler is quiet.
// The continuation is scheduled on the worker's own dispatcher, so it fills the cache on its owner.
using System.Collections.Generic;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using Weft;
using Weft.Threading;

namespace Corpus.ThreadContext.ContinueWith;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class DnsCache
{
    private readonly Dictionary<string, string> _byName = new();

    public void Put(string name, string address) => _byName[name] = address;
}

public static class Resolver
{
    public static Task ResolveAsync(HttpClient client, string name)
    {
        var cache = DnsCache.Current;
        var loop = Dispatcher.Current!;
        return client.GetStringAsync("http://resolver/" + name)
            .ContinueWith(t => cache.Put(name, t.Result), CancellationToken.None, TaskContinuationOptions.None, loop.TaskScheduler);
    }
}
