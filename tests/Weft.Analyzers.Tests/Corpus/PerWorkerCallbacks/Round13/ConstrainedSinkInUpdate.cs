// An update hands each worker's count to a generic helper constrained to a sink interface; the captured sink's Put
// appends to its own list, from every worker at once. #escape: at the append inside Put or at the update's call.
using System.Collections.Generic;
using System.Threading.Tasks;
using Weft;

namespace Corpus.PerWorkerCallbacks.ConstrainedSinkInUpdate;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class Conns
{
    public Dictionary<string, int> ByHost { get; } = new();
}

public interface ISink
{
    void Put(int value);
}

public sealed class ListSink : ISink
{
    public List<int> Values { get; } = new();

    public void Put(int value) => Values.Add(value); // expect: WEFT0008 #escape
}

public static class Report
{
    private static void Emit<TSink>(TSink sink, int value) where TSink : ISink => sink.Put(value);

    public static async Task<List<int>> CollectAsync(WorkerPool pool)
    {
        var sink = new ListSink();
        await Conns.UpdateAllAsync(pool, conns => Emit(sink, conns.ByHost.Count)); // expect: WEFT0008 #escape
        return sink.Values;
    }
}
