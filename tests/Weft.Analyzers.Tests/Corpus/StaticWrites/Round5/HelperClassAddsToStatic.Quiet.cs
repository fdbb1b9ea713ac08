// Quiet twin of HelperClassAddsToStatic: the helper's static store is a ConcurrentQueue.
using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Weft;
using Weft.Net;
using Weft.Threading;

namespace Corpus5b.HelperClassAddsToStaticQuiet;

public static class Audit
{
    private static readonly ConcurrentQueue<string> s_recent = new();

    public static void Record(string entry) => s_recent.Enqueue(entry);
}

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class HostCache
{
    [WorkerUpdate]
    private void Forget(string host) => Audit.Record("forget " + host);
}
