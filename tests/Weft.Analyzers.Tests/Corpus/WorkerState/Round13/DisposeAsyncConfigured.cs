// An await using declaration over a configured IAsyncDisposable: its DisposeAsync runs at the end of the block and
// the code after the block may resume off the loop (the page names the DisposeAsync at the end of an await using
// block). The worker's list used after the block is off the loop.
using System;
using System.Collections.Generic;
using System.Threading.Tasks;
using Weft;

namespace Corpus.WorkerState.DisposeAsyncConfigured;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class Journal
{
    public List<string> Lines { get; } = new();
}

public sealed class Batch : IAsyncDisposable
{
    public ValueTask DisposeAsync() => new(Task.Delay(1));
}

public static class Writer
{
    public static async Task FlushAsync(string line)
    {
        var journal = Journal.Current;
        await using (new Batch().ConfigureAwait(false))
        {
            line = line.Trim();
        }

        journal.Lines.Add(line); // expect: WEFT0004
    }
}
