// WEFT0006: `s_max = Math.Max(s_max, n)` in a [WorkerUpdate] method: a read-modify-write of a static field spelled as a
// plain assignment. Reading: the page lists ++, += and ??=, and counts a split read and write of the field as a
// read-modify-write (the Volatile.Read/Write sentence); a plain assignment computed from the field is the same race.
using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.IO;
using System.Runtime.CompilerServices;
using System.Threading;
using System.Threading.Tasks;
using Weft;
using Weft.Threading;

namespace Corpus5b.MathMaxOnStatic;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class HostCache
{
    private static int s_largestBatch;

    [WorkerUpdate]
    private void Batch(int size) => s_largestBatch = Math.Max(s_largestBatch, size); // expect: WEFT0006
}
