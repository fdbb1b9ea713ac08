// Round 2. The thread is started with an array copied out of the worker's queue; the queue stays on its worker.
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
        string[] snapshot = outbox.Pending.ToArray();
        outbox.Pending.Clear();
        var thread = new Thread(Drain) { IsBackground = true };
        thread.Start(snapshot);
    }

    private static void Drain(object? state)
    {
        foreach (string line in (string[])state!)
        {
            System.Console.WriteLine(line);
        }
    }
}
