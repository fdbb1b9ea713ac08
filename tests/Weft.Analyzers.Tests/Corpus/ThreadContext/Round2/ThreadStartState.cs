// Round 2. Report place: the thread's start argument carries the worker's queue (group on the thread's creation and
// its start). A dedicated thread drains the worker's own queue.
using System.Collections.Generic;
using System.Threading;
using Weft;

namespace Corpus.ThreadContext.Round2.ThreadStart;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class Outbox
{
    public Queue<string> Pending { get; } = new();
}

public static class Spooler
{
    public static void SpoolToDisk()
    {
        var outbox = Outbox.Current;
        var thread = new Thread(Drain) { IsBackground = true }; // expect: WEFT0004 #thread
        thread.Start(outbox.Pending); // expect: WEFT0004 #thread
    }

    private static void Drain(object? state)
    {
        var pending = (Queue<string>)state!;
        while (pending.TryDequeue(out _))
        {
        }
    }
}
