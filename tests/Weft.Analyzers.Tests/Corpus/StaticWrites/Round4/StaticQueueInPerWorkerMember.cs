// WEFT0006: a member of a per-worker slot type (worker code) enqueues into and sorts static non-concurrent
// collections shared by every worker.
using System.Collections.Generic;
using Weft;

namespace Corpus.Round4.StaticQueueInPerWorkerMember;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class SlowRequestLog
{
    static readonly Queue<string> s_recent = new();
    static readonly List<double> s_worst = new();
    readonly List<string> _mine = new();

    public void Note(string path, double millis)
    {
        _mine.Add(path);
        s_recent.Enqueue(path); // expect: WEFT0006
        s_worst.Add(millis); // expect: WEFT0006
        s_worst.Sort(); // expect: WEFT0006
    }
}
