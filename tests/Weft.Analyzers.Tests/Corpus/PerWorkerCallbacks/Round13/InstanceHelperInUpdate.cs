// An update calls a private instance method of the object that starts it; the method increments the object's field,
// from every worker at once. Reading taken: a call of your method is judged by what it writes (the rules README: "a
// call into a method of the same compilation is judged by that method's summary"). #escape: the call or the write.
using System.Collections.Generic;
using System.Threading.Tasks;
using Weft;

namespace Corpus.PerWorkerCallbacks.InstanceHelperInUpdate;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class Streams
{
    public List<int> Open { get; } = new();
}

public sealed class Census
{
    private int _busyWorkers;

    public int BusyWorkers => _busyWorkers;

    private void MarkBusy() => _busyWorkers++; // expect: WEFT0008 #escape

    public Task ScanAsync(WorkerPool pool) => Streams.UpdateAllAsync(pool, streams =>
    {
        if (streams.Open.Count > 0)
        {
            MarkBusy(); // expect: WEFT0008 #escape
        }
    });
}
