// Twin: a ConcurrentQueue.
using System.Collections.Concurrent;
using Weft;
using Weft.Threading;

namespace Corpus.StaticWrites.R8.StaticQueueFromPostedWorkQuiet;

public sealed class Announce(string text) : IDispatcherWorkItem
{
    public static readonly ConcurrentQueue<string> Pending = new();

    public void Execute() => Pending.Enqueue(text);
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
