// WEFT0004: a per-worker type's async iterator awaits with ConfigureAwait(false) and then reads its own queue.
using System;
using System.Collections.Generic;
using System.Threading.Tasks;
using Weft;

namespace Corpus.ThreadContext.R8.AsyncIteratorConfigureAwait;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class ChatOutbox
{
    private readonly Queue<string> _pending = new();

    public async IAsyncEnumerable<string> DrainAsync()
    {
        while (true)
        {
            await Task.Delay(TimeSpan.FromMilliseconds(5)).ConfigureAwait(false);
            if (!_pending.TryDequeue(out var message)) // expect: WEFT0004
            {
                yield break;
            }

            yield return message;
        }
    }
}
