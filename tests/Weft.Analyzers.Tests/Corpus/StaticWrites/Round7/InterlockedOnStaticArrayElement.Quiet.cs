// WEFT0006: per-status counters in a static array, bumped by a [WorkerUpdate]. `Interlocked.Increment(ref
// s_byStatus[i])`: atomic on the element: quiet.
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

namespace Corpus7b.InterlockedOnStaticArrayElementQuiet;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class StatusCounter
{
    private static readonly long[] s_byStatus = new long[6];
    public static long Of(int bucket) => Interlocked.Read(ref s_byStatus[bucket]);
    public int Seen;

    [WorkerUpdate]
    void Count(int status)
    {
        var i = Math.Clamp(status / 100, 0, 5);
        Interlocked.Increment(ref s_byStatus[i]);
        Seen++;
    }
}
