// WEFT0006: `s_box.Value++` on a static StrongBox<int> (one box shared by all threads) from a [WorkerUpdate] method.
using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.IO;
using System.Runtime.CompilerServices;
using System.Threading;
using System.Threading.Tasks;
using Weft;
using Weft.Threading;

namespace Corpus5b.StaticStrongBoxIncrement;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class HostCache
{
    private static readonly StrongBox<int> s_evictions = new();

    [WorkerUpdate]
    private void Evict(string host) => s_evictions.Value++; // expect: WEFT0006
}
