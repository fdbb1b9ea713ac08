// Quiet twin of StaticStrongBoxIncrement: a static ThreadLocal<int> (a System.Threading type; each thread has its own
// value) is incremented instead.
using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.IO;
using System.Runtime.CompilerServices;
using System.Threading;
using System.Threading.Tasks;
using Weft;
using Weft.Threading;

namespace Corpus5b.StaticStrongBoxIncrementQuiet;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class HostCache
{
    private static readonly ThreadLocal<int> s_evictions = new(trackAllValues: true);

    [WorkerUpdate]
    private void Evict(string host) => s_evictions.Value++;
}
