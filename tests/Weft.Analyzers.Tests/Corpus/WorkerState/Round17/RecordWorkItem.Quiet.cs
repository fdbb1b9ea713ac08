// Quiet twin of RecordWorkItem: the record is given a copy of the list (`[.. expiry.Due]`), and the worker's list is
// cleared on the loop.
using System.Collections.Generic;
using System.Threading;
using Weft;

namespace Corpus.R17.WorkerState.RecordWorkItem;

public sealed record Sweep(List<string> Items) : IThreadPoolWorkItem
{
    public void Execute() => Items.Clear();
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
        ThreadPool.UnsafeQueueUserWorkItem(new Sweep([.. expiry.Due]), preferLocal: false);
        expiry.Due.Clear();
    }
}
