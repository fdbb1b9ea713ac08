// A batch lease whose DisposeAsync clears the list it was given; the list is published inside the await using
// block, so the DisposeAsync at the end of the block clears the published list (the page: "like await using's
// DisposeAsync"). Reading taken: reported at the await using statement (the call the compiler adds at the end of
// its scope) or in DisposeAsync (#escape).
using System;
using System.Collections.Generic;
using System.Threading.Tasks;
using Weft.Slots;

namespace Corpus.PublishedWrites.AwaitUsingClearsPublished;

public sealed class BatchLease : IAsyncDisposable
{
    private readonly List<string> _batch;

    public BatchLease(List<string> batch) => _batch = batch;

    public ValueTask DisposeAsync()
    {
        _batch.Clear(); // expect: WEFT0002 #escape
        return ValueTask.CompletedTask;
    }
}

public static class Batching
{
    public static async Task PublishAsync(Slot<List<string>> slot, IEnumerable<string> lines)
    {
        var batch = new List<string>(lines);
        await using (new BatchLease(batch)) // expect: WEFT0002 #escape
        {
            await slot.PublishAsync(batch);
        }
    }
}
