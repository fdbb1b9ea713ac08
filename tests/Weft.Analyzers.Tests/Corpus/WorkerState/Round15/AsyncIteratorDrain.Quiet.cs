// Round 15, WEFT0004 quiet twin: the async iterator pauses with a plain await, so every pass dequeues on the worker's
// loop.
using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Threading;
using System.Threading.Tasks;
using Weft;

namespace Corpus.Round15.AsyncIteratorDrainQuiet;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class Outbox
{
    private readonly Queue<string> _pending = new();

    public void Enqueue(string message) => _pending.Enqueue(message);

    public async IAsyncEnumerable<string> DrainAsync(TimeSpan pause, [EnumeratorCancellation] CancellationToken ct = default)
    {
        while (_pending.TryDequeue(out var message))
        {
            yield return message;
            await Task.Delay(pause, ct);
        }
    }
}
