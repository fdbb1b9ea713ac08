// Quiet twin of AsyncProducerConfigureAwait: the producer's delay resumes on the worker.
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
            await Task.Delay(TimeSpan.FromMilliseconds(20), ct);
            if (!queue.Pending.TryDequeue(out var next)) yield break;
            yield return next;
        }
    }
}
