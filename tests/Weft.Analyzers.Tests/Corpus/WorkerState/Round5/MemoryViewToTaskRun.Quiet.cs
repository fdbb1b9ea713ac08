// Quiet twin of MemoryViewToTaskRun: a range over an array (`buffer[..16]`) copies; the pool thread clears the copy.
using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Weft;
using Weft.Threading;

namespace Corpus5b.MemoryViewToTaskRunQuiet;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class HostCache
{
    public readonly byte[] Buffer = new byte[256];
}

public static class Scrub
{
    public static Task ScrubHeader()
    {
        byte[] header = HostCache.Current.Buffer[..16];
        return Task.Run(() => Array.Clear(header));
    }
}
