// A project of several files: one partial part of a per-worker type declares a static dictionary and the
// System.Threading.Lock guarding it; the other part's [WorkerUpdate] writes the dictionary (without vs inside the
// lock's scope).
using System.Collections.Generic;
using System.Threading;
using Weft;

namespace Corpus.R12.LockInOtherPart;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class Tally
{
    private static readonly Lock s_gate = new();
    private static readonly Dictionary<string, int> s_byHost = [];

    public static int For(string host)
    {
        lock (s_gate)
        {
            return s_byHost.GetValueOrDefault(host);
        }
    }
}
