// Quiet twin of MathMaxOnStatic: the maximum is kept with a CompareExchange loop.
using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.IO;
using System.Runtime.CompilerServices;
using System.Threading;
using System.Threading.Tasks;
using Weft;
using Weft.Threading;

namespace Corpus5b.MathMaxOnStaticQuiet;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class HostCache
{
    private static int s_largestBatch;

    [WorkerUpdate]
    private void Batch(int size)
    {
        int seen = Volatile.Read(ref s_largestBatch);
        while (size > seen)
        {
            int previous = Interlocked.CompareExchange(ref s_largestBatch, size, seen);
            if (previous == seen)
            {
                break;
            }

            seen = previous;
        }
    }
}
