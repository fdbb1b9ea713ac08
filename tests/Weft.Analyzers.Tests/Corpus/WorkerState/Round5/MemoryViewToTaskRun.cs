// WEFT0004: a Memory<byte> over the worker's buffer (a view, not a copy) is cleared on a pool thread by Task.Run.
using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Weft;
using Weft.Threading;

namespace Corpus5b.MemoryViewToTaskRun;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class HostCache
{
    public readonly byte[] Buffer = new byte[256];
}

public static class Scrub
{
    public static Task ScrubHeader()
    {
        Memory<byte> header = HostCache.Current.Buffer.AsMemory(0, 16);
        return Task.Run(() => header.Span.Clear()); // expect: WEFT0004
    }
}
