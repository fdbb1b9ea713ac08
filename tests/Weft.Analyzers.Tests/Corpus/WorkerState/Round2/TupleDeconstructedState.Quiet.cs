// Round 2. The deconstruction takes two value-type copies; only those go to the thread pool.
using System;
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
    public static void ReportSoon()
    {
        var scheduler = Scheduler.Current;
        var (ready, ticks) = (scheduler.Ready.Count, scheduler.Ticks);
        _ = Task.Run(() => Console.WriteLine($"{ready} ready after {ticks} ticks"));
    }
}
