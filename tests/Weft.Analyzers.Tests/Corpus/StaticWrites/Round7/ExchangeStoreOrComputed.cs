// WEFT0006: Interlocked.Exchange on a static from a [WorkerUpdate]. The value stored is
// computed from the field (`s_lastStamp + stamp`): a read-modify-write split over two accesses.
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

namespace Corpus7b.ExchangeStoreOrComputed;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class Clock
{
    private static long s_lastStamp;
    public long Seen;

    [WorkerUpdate]
    void Observe(long stamp) => Seen = Interlocked.Exchange(ref s_lastStamp, s_lastStamp + stamp); // expect: WEFT0006
}
