// WEFT0004: an async iterator started on a worker drains the worker's own retry queue, pausing with
// Task.Delay(...).ConfigureAwait(false) between items: after the first pause the queue is read off the loop.
using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Threading;
using System.Threading.Tasks;
using Weft;

namespace Corpus.Round4.AsyncProducerConfigureAwait;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class RetryQueue
{
    public Queue<string> Pending { get; } = new();
}

public static class RetryFeed
{
    public static async IAsyncEnumerable<string> DrainAsync([EnumeratorCancellation] CancellationToken ct = default)
    {
        var queue = RetryQueue.Current;
        while (true)
        {
            await Task.Delay(TimeSpan.FromMilliseconds(20), ct).ConfigureAwait(false);
            if (!queue.Pending.TryDequeue(out var next)) yield break; // expect: WEFT0004
            yield return next;
        }
    }
}
