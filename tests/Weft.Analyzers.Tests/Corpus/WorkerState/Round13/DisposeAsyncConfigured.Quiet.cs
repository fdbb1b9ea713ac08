// The quiet twin: a plain await using resumes on the worker's loop.
using System;
using System.Collections.Generic;
using System.Threading.Tasks;
using Weft;

namespace Corpus.WorkerState.DisposeAsyncConfiguredQuiet;

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
        await using (new Batch())
        {
            line = line.Trim();
        }

        journal.Lines.Add(line);
    }
}
