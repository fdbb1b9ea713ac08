// WEFT0006: `s_flags |= mask` (a compound bitwise-or, read-modify-write) on a static field in a [WorkerUpdate] method.
using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.IO;
using System.Runtime.CompilerServices;
using System.Threading;
using System.Threading.Tasks;
using Weft;
using Weft.Slots;
using Weft.Threading;

namespace Corpus5b.OrAssignStaticFlags;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class FeatureCache
{
    private static int s_seenFeatures;

    [WorkerUpdate]
    private void Saw(int featureMask) => s_seenFeatures |= featureMask; // expect: WEFT0006
}
