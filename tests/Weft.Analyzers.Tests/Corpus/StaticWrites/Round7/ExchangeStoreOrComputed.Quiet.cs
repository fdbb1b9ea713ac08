// WEFT0006: Interlocked.Exchange on a static from a [WorkerUpdate]. The value stored is the argument, not read from
// the field (the page: a store of a value not read from the field is not reported): quiet.
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

namespace Corpus7b.ExchangeStoreOrComputedQuiet;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class Clock
{
    private static long s_lastStamp;
    public long Seen;

    [WorkerUpdate]
    void Observe(long stamp) => Seen = Interlocked.Exchange(ref s_lastStamp, stamp);
}
