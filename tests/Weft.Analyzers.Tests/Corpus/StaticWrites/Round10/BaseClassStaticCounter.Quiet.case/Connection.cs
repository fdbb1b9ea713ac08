// A per-worker slot type derived from it counts itself from a [WorkerUpdate] with Interlocked.Increment.
using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Threading;
using System.Threading.Tasks;
using Weft;
using Weft.Slots;
using Weft.Threading;

namespace Corpus.StaticWrites.Round10.BaseClassStaticCounterQuiet;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class ConnectionSet : Component
{
    [WorkerUpdate]
    private void Track() => Interlocked.Increment(ref s_instances);
}
