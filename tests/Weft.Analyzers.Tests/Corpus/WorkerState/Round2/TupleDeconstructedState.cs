// Round 2. Deconstructing a tuple does not copy the queue out of the worker's state; the thread pool clears it.
using System.Collections.Generic;
using System.Threading.Tasks;
using Weft;

namespace Corpus.WorkerState.Round2.Deconstruct;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class Scheduler
{
    public Queue<int> Ready { get; } = new();
    public int Ticks { get; set; }
}

public static class Reset
{
    public static void ResetSoon()
    {
        var scheduler = Scheduler.Current;
        var (ready, ticks) = (scheduler.Ready, scheduler.Ticks);
        _ = Task.Run(() => ready.Clear()); // expect: WEFT0004
    }
}
