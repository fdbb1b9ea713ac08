// Quiet twin of StaticQueueInPerWorkerMember: the shared queue is a ConcurrentQueue and the worst-latency list is the
// worker's own instance field.
using System.Collections.Concurrent;
using System.Collections.Generic;
using Weft;

namespace Corpus.Round4.StaticQueueInPerWorkerMember;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class SlowRequestLog
{
    static readonly ConcurrentQueue<string> s_recent = new();
    readonly List<double> _worst = new();
    readonly List<string> _mine = new();

    public void Note(string path, double millis)
    {
        _mine.Add(path);
        s_recent.Enqueue(path);
        _worst.Add(millis);
        _worst.Sort();
    }
}
