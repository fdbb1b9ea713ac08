// WEFT0006: per-host counters in a static ConcurrentDictionary of StrongBox<long>. It is bumped with `++` on `.Value`: the dictionary is thread-safe, the box inside it is not (a
// read-modify-write of a member of an object a static holds).
using System;
using System.Collections.Concurrent;
using System.Collections.Frozen;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Runtime.InteropServices;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Weft;
using Weft.Slots;
using Weft.Threading;

namespace Corpus7b.StrongBoxInConcurrentMap;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class HostCounter
{
    private static readonly ConcurrentDictionary<string, System.Runtime.CompilerServices.StrongBox<long>> s_byHost = new();
    public int Local;

    [WorkerUpdate]
    void Hit(string host)
    {
        var box = s_byHost.GetOrAdd(host, static _ => new System.Runtime.CompilerServices.StrongBox<long>());
        box.Value++; // expect: WEFT0006
        Local++;
    }
}
