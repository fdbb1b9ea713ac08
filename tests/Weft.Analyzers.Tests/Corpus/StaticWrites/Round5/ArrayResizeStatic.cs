// WEFT0006: `Array.Resize(ref s_buffer, n)` in a per-worker type's member: reads the static field, copies, and writes
// it back (a read-modify-write through a ref argument), on every worker at once.
using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Weft;
using Weft.Net;
using Weft.Threading;

namespace Corpus5b.ArrayResizeStatic;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class Framer
{
    private static byte[] s_scratch = new byte[64];

    public void Ensure(int size)
    {
        if (s_scratch.Length < size)
        {
            Array.Resize(ref s_scratch, size); // expect: WEFT0006
        }
    }
}
