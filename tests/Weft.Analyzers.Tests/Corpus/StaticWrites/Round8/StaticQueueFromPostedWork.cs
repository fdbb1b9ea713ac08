// WEFT0006: a static Queue enqueued from an IDispatcherWorkItem posted to every worker.
using System.Collections.Generic;
using Weft;
using Weft.Threading;

namespace Corpus.StaticWrites.R8.StaticQueueFromPostedWork;

public sealed class Announce(string text) : IDispatcherWorkItem
{
    public static readonly Queue<string> Pending = new();

    public void Execute() => Pending.Enqueue(text); // expect: WEFT0006
}

public static class Broadcast
{
    public static void ToAll(WorkerPool pool, string text)
    {
        foreach (var worker in pool.Workers)
        {
            worker.Post(new Announce(text));
        }
    }
}
