// WEFT0004: a per-worker slot type that implements IThreadPoolWorkItem queues itself (`this`) with
// ThreadPool.UnsafeQueueUserWorkItem; Execute then clears its own dictionary on a pool thread. The page: `this` of a
// per-worker type handed to another thread as a value is worker state.
using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Weft;
using Weft.Threading;

namespace Corpus5b.SlotQueuesItself;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class HostCache : IThreadPoolWorkItem
{
    private readonly Dictionary<string, int> _byHost = new();

    public void Add(string host) => _byHost[host] = host.Length;

    public void ClearInBackground() => ThreadPool.UnsafeQueueUserWorkItem(this, preferLocal: false); // expect: WEFT0004

    public void Execute() => _byHost.Clear();
}
