// Quiet twin: the work item is built over a copy the worker made (a spread), and the worker clears its own list.
using System.Collections.Generic;
using System.Threading;
using Weft;

namespace Corpus.R11.FileLocalWorkItemQuiet;

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
        var journal = Journal.Current;
        ThreadPool.UnsafeQueueUserWorkItem(new FlushItem([.. journal.Lines]), preferLocal: false);
        journal.Lines.Clear();
    }
}
