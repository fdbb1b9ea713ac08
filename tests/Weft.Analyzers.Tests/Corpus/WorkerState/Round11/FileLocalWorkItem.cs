// A file-local (`file sealed class`) IThreadPoolWorkItem keeps the list its primary constructor was given and clears it
// in Execute; worker code queues one built over the worker's own list to the pool.
using System.Collections.Generic;
using System.Threading;
using Weft;

namespace Corpus.R11.FileLocalWorkItem;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class Journal
{
    public List<string> Lines { get; } = new();
}

file sealed class FlushItem(List<string> lines) : IThreadPoolWorkItem
{
    public void Execute() => lines.Clear();
}

public static class Flusher
{
    public static void Flush()
    {
        ThreadPool.UnsafeQueueUserWorkItem(new FlushItem(Journal.Current.Lines), preferLocal: false); // expect: WEFT0004
    }
}
