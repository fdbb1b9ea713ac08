// WEFT0006: `s_recent.Value.Add(..)` on a static Lazy<List<string>> from a [WorkerUpdate] method (the page: a static
// Lazy<T>'s Value is the object it holds).
using System;
using System.Collections;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Weft;
using Weft.Slots;
using Weft.Threading;

namespace Corpus5b.StaticLazyListAdd;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class HostCache
{
    private static readonly Lazy<List<string>> s_recent = new(() => new List<string>());

    [WorkerUpdate]
    private void Saw(string host) => s_recent.Value.Add(host); // expect: WEFT0006
}
