// Quiet twin of LocalFunctionThread: the thread drains a snapshot array taken on the loop (the queue emptied there).
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
        string[] taken = jobs.Queue.ToArray();
        jobs.Queue.Clear();

        void Drain()
        {
            foreach (var job in taken)
                System.Console.WriteLine(job);
        }

        var t = new Thread(Drain) { IsBackground = true };
        t.Start();
        return t;
    }
}
