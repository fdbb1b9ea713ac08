// WEFT0004: an explicit `new ThreadStart(method group)` over the worker's index, given to new Thread.
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
    public Thread RebuildInBackground()
    {
        var index = SearchIndex.Current;
        var thread = new Thread(new ThreadStart(index.Rebuild)) { IsBackground = true }; // expect: WEFT0004
        thread.Start();
        return thread;
    }
}
