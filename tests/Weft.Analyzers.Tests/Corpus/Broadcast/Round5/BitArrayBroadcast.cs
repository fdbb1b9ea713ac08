// WEFT0007: a BitArray (settable indexer, in-place And/Or) is broadcast as a feature mask.
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

namespace Corpus5b.BitArrayBroadcast;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class Features
{
    private bool _compression;

    [WorkerUpdate]
    private void Apply(BitArray mask) => _compression = mask[0];
}

public static class Admin
{
    public static Task Toggle(WorkerPool pool, bool compression) =>
        Features.ApplyOnAllWorkersAsync(pool, new BitArray(new[] { compression, false })); // expect: WEFT0007
}
