// The quiet twin: the sink keeps a ConcurrentQueue.
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Threading.Tasks;
using Weft;

namespace Corpus.PerWorkerCallbacks.ConstrainedSinkInUpdateQuiet;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class Conns
{
    public Dictionary<string, int> ByHost { get; } = new();
}

public interface ISink
{
    void Put(int value);
}

public sealed class QueueSink : ISink
{
    public ConcurrentQueue<int> Values { get; } = new();

    public void Put(int value) => Values.Enqueue(value);
}

public static class Report
{
    private static void Emit<TSink>(TSink sink, int value) where TSink : ISink => sink.Put(value);

    public static async Task<ConcurrentQueue<int>> CollectAsync(WorkerPool pool)
    {
        var sink = new QueueSink();
        await Conns.UpdateAllAsync(pool, conns => Emit(sink, conns.ByHost.Count));
        return sink.Values;
    }
}
