// The per-worker slot type (its Current is [RequiresLoopThread]: WEFT0005 off the loop).
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

namespace Corpus.CurrentOffPool.Round10.MethodGroupToRunsOnAnotherThreadQuiet;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class SessionCache
{
    public Dictionary<string, int> Hits { get; } = new();
}
