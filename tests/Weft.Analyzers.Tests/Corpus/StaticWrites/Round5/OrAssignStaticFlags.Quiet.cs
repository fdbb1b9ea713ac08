// Quiet twin of OrAssignStaticFlags: Interlocked.Or sets the bits atomically.
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

namespace Corpus5b.OrAssignStaticFlagsQuiet;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class FeatureCache
{
    private static int s_seenFeatures;

    [WorkerUpdate]
    private void Saw(int featureMask) => Interlocked.Or(ref s_seenFeatures, featureMask);
}
