// Round 15, WEFT0004, an async iterator (IAsyncEnumerable<T>) on a per-worker outbox: it drains the worker's own queue
// and yields each message, pausing with ConfigureAwait(false) between messages. From the second pass of the loop on, the
// `while` condition dequeues from the worker's queue on a pool thread. The page: a field of a per-worker type's own
// instance used in a member after its own `await … ConfigureAwait(false)` is reported at each use, and after
// ConfigureAwait(false) anywhere in a loop, code after the loop's awaits may be off the loop on every later pass.
using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Threading;
using System.Threading.Tasks;
using Weft;

namespace Corpus.Round15.AsyncIteratorDrain;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class Outbox
{
    private readonly Queue<string> _pending = new();

    public void Enqueue(string message) => _pending.Enqueue(message);

    public async IAsyncEnumerable<string> DrainAsync(TimeSpan pause, [EnumeratorCancellation] CancellationToken ct = default)
    {
        while (_pending.TryDequeue(out var message)) // expect: WEFT0004
        {
            yield return message;
            await Task.Delay(pause, ct).ConfigureAwait(false);
        }
    }
}
