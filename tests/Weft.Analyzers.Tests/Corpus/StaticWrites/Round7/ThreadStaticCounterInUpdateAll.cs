// WEFT0006: a counter bumped by an update run on every worker. A plain static: every worker increments the one field at once.
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

namespace Corpus7b.ThreadStaticCounterInUpdateAll;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class Session
{
    public int Open;
}

public static class Tally
{
    private static int t_seen;

    public static Task CountAsync(WorkerPool pool) =>
        Session.UpdateAllAsync(pool, s => { t_seen++; s.Open = t_seen; }); // expect: WEFT0006
}
