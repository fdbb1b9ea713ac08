// Quiet twin of ExplicitThreadStart: the rebuild runs on the worker; the thread only sleeps a backoff that the worker
// waits for (no worker state crosses).
using System.Collections.Generic;
using System.Threading;
using Weft;

namespace Corpus.Round4.ExplicitThreadStart;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class SearchIndex
{
    readonly SortedDictionary<string, List<int>> _postings = new();

    public void Rebuild() => _postings.Clear();
}

public sealed class IndexMaintenance
{
    public void Rebuild()
    {
        var index = SearchIndex.Current;
        var thread = new Thread(new ThreadStart(() => Thread.Sleep(1))) { IsBackground = true };
        thread.Start();
        thread.Join();
        index.Rebuild();
    }
}
