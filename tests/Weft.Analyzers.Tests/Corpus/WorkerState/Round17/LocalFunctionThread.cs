// WEFT0004: a local function over the worker's queue handed as a method group to `new Thread(...)`. Page: "A capture is
// reported inside the lambda (or local function), at that first use".
using System.Collections.Generic;
using System.Threading;
using Weft;

namespace Corpus.R17.WorkerState.LocalFunctionThread;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public partial class Jobs
{
    public Queue<string> Queue { get; } = new();
}

public static class Runner
{
    public static Thread StartDrain()
    {
        var jobs = Jobs.Current;

        void Drain()
        {
            while (jobs.Queue.TryDequeue(out var job)) // expect: WEFT0004
                System.Console.WriteLine(job);
        }

        var t = new Thread(Drain) { IsBackground = true };
        t.Start();
        return t;
    }
}
