// Quiet twin of ArrayResizeStatic: each worker resizes its own instance buffer.
using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Weft;
using Weft.Net;
using Weft.Threading;

namespace Corpus5b.ArrayResizeStaticQuiet;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class Framer
{
    private byte[] _scratch = new byte[64];

    public void Ensure(int size)
    {
        if (_scratch.Length < size)
        {
            Array.Resize(ref _scratch, size);
        }
    }
}
