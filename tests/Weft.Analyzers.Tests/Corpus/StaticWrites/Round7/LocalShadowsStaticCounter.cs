// WEFT0006: a [WorkerUpdate] that sums into `pending`. Without the local declaration `pending` is the static field: a
// non-atomic += from every worker.
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

namespace Corpus7b.LocalShadowsStaticCounter;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class Meter
{
    private static int pending;
    public int Last;

    public static int Pending => pending;

    [WorkerUpdate]
    void Tick(int n)
    {
        Last = 0;
        pending += n; // expect: WEFT0006
        Last = pending;
    }
}
