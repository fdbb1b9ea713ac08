// The quiet twin: the lease is given its own copy, so DisposeAsync clears a list nobody published.
using System;
using System.Collections.Generic;
using System.Threading.Tasks;
using Weft.Slots;

namespace Corpus.PublishedWrites.AwaitUsingClearsPublishedQuiet;

public sealed class BatchLease : IAsyncDisposable
{
    private readonly List<string> _batch;

    public BatchLease(List<string> batch) => _batch = batch;

    public ValueTask DisposeAsync()
    {
        _batch.Clear();
        return ValueTask.CompletedTask;
    }
}

public static class Batching
{
    public static async Task PublishAsync(Slot<List<string>> slot, IEnumerable<string> lines)
    {
        var batch = new List<string>(lines);
        await using (new BatchLease(new List<string>(batch)))
        {
            await slot.PublishAsync(batch);
        }
    }
}
