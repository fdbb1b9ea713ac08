// Quiet twin of BitArrayBroadcast: the mask is an ImmutableArray<bool>.
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

namespace Corpus5b.BitArrayBroadcastQuiet;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class Features
{
    private bool _compression;

    [WorkerUpdate]
    private void Apply(ImmutableArray<bool> mask) => _compression = mask[0];
}

public static class Admin
{
    public static Task Toggle(WorkerPool pool, bool compression) =>
        Features.ApplyOnAllWorkersAsync(pool, ImmutableArray.Create(compression, false));
}
