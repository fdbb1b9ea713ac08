// WEFT0006: a [WorkerUpdate] that sums into `pending`. `pending` is declared as a local there, shadowing the static of
// the same name: the += writes the local: quiet.
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

namespace Corpus7b.LocalShadowsStaticCounterQuiet;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class Meter
{
    private static int pending;
    public int Last;

    public static int Pending => pending;

    [WorkerUpdate]
    void Tick(int n)
    {
        var pending = 0;
        pending += n;
        Last = pending;
    }
}
