// The per-worker slot type.
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

namespace Corpus.WorkerState.Round10.BaseClassKeepsSlotValueQuiet;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class MetricsState
{
    public Dictionary<string, long> Counters { get; } = new();
}
