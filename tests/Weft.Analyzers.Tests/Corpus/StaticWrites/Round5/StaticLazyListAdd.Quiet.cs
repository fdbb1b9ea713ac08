// Quiet twin of StaticLazyListAdd: the static Lazy holds a ConcurrentQueue.
using System;
using System.Collections;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Weft;
using Weft.Slots;
using Weft.Threading;

namespace Corpus5b.StaticLazyListAddQuiet;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class HostCache
{
    private static readonly Lazy<ConcurrentQueue<string>> s_recent = new(() => new ConcurrentQueue<string>());

    [WorkerUpdate]
    private void Saw(string host) => s_recent.Value.Enqueue(host);
}
