// Three files: a BCL-only polling service base class (here) whose Start runs its own virtual PollOnceAsync on the
// loop that starts it (a loop timer re-armed after each poll; a plain await resumes on the loop); the derived health
// poller's override reads the targets snapshot's Current there (quiet twin of PollingServiceBase).
using System;
using System.Threading;
using System.Threading.Tasks;
using Weft.Threading;

namespace Corpus.CurrentOffPool.R16.PollingServiceBase;

public abstract class PollingService
{
    protected virtual Task PollOnceAsync(CancellationToken ct) => Task.CompletedTask;

    public Task Start(TimeSpan period, CancellationToken ct) =>
        Dispatcher.Current!.InvokeAsync(async () =>
        {
            while (!ct.IsCancellationRequested)
            {
                await PollOnceAsync(ct);
                await Task.Delay(period, ct);
            }
        }).Unwrap();
}
