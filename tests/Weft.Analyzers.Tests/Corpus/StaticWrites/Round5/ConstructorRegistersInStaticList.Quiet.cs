// Quiet twin of ConstructorRegistersInStaticList: the constructor adds to a static ConcurrentBag.
using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.IO;
using System.Runtime.CompilerServices;
using System.Threading;
using System.Threading.Tasks;
using Weft;
using Weft.Slots;
using Weft.Threading;

namespace Corpus5b.ConstructorRegistersInStaticListQuiet;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class HostCache
{
    private static readonly ConcurrentBag<HostCache> s_all = new();

    public HostCache() => s_all.Add(this);

    public static void Start(WorkerPool pool) => Initialize(pool, _ => new HostCache());
}
