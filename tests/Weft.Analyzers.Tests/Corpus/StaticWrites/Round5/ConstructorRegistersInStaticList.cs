// WEFT0006: the constructor of a per-worker slot type (run by the per-worker factory on every worker) adds `this` to a
// static List of all instances.
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

namespace Corpus5b.ConstructorRegistersInStaticList;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class HostCache
{
    private static readonly List<HostCache> s_all = new();

    public HostCache() => s_all.Add(this); // expect: WEFT0006

    public static void Start(WorkerPool pool) => Initialize(pool, _ => new HostCache());
}
