// WEFT0004: a positional record implementing IThreadPoolWorkItem keeps the worker's list as its property and clears it in
// Execute; an instance over the worker's list is queued to the pool. Page: "Worker state handed to a constructor that
// keeps it (... a record's property) is judged by what the kept type's own bodies do with it ... and reported where it
// is handed"; but also "A body in the same file keeps its reports where they occur". Ambiguous between the argument and
// the use in Execute: #escape marks both.
using System.Collections.Generic;
using System.Threading;
using Weft;

namespace Corpus.R17.WorkerState.RecordWorkItem;

public sealed record Sweep(List<string> Items) : IThreadPoolWorkItem
{
    public void Execute() => Items.Clear(); // expect: WEFT0004 #escape
}

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public partial class Expiry
{
    public List<string> Due { get; } = new();
}

public static class Expirer
{
    public static void Queue()
    {
        var expiry = Expiry.Current;
        ThreadPool.UnsafeQueueUserWorkItem(new Sweep(expiry.Due), preferLocal: false); // expect: WEFT0004 #escape
    }
}
