// WEFT0006: `_hits++` in a member of a per-worker slot type. `_hits` is an instance field: each worker owns its
// instance: quiet.
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

namespace Corpus7b.InstanceOrStaticHitFieldQuiet;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class HitCounter
{
    private int _hits;

    public int Hits => _hits;

    [WorkerUpdate]
    void Hit() => _hits++;
}
