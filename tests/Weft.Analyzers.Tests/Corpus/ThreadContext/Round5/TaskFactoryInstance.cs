// WEFT0004: a TaskFactory instance built with no scheduler (the default one) starts work over the worker's cache.
// Reading: `new TaskFactory().StartNew` is `Task.Factory.StartNew` on the default scheduler, an entry point the page lists.
using System.Collections.Generic;
using System.Threading.Tasks;
using Weft;

namespace Corpus5b.TaskFactoryInstance;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class HostCache
{
    public readonly Dictionary<string, int> ByHost = new();
}

public sealed class Janitor
{
    private readonly TaskFactory _factory = new();

    public Task Sweep()
    {
        var cache = HostCache.Current;
        return _factory.StartNew(() => cache.ByHost.Remove("stale")); // expect: WEFT0004
    }
}
