// Twin: the iterator awaits plainly, so it resumes on its worker.
using System;
using System.Collections.Generic;
using System.Threading.Tasks;
using Weft;

namespace Corpus.ThreadContext.R8.AsyncIteratorConfigureAwaitQuiet;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class ChatOutbox
{
    private readonly Queue<string> _pending = new();

    public async IAsyncEnumerable<string> DrainAsync()
    {
        while (true)
        {
            await Task.Delay(TimeSpan.FromMilliseconds(5));
            if (!_pending.TryDequeue(out var message))
            {
                yield break;
            }

            yield return message;
        }
    }
}
