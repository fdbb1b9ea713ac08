// The per-worker slot type: every worker owns its own instance (WEFT0004 when it reaches another thread).
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

namespace Corpus.WorkerState.Round10.ObserverOnPoolSourceQuiet;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class SessionCache
{
    public Dictionary<string, int> Hits { get; } = new();

    public List<string> Recent { get; } = new();
}
