// Three files: a BCL-only polling service base class (here) whose Start runs its own virtual PollOnceAsync on the
// pool; a derived health poller (HealthPoller.cs) whose override reads the targets snapshot's Current; the snapshot
// (Targets.cs). A virtual method the callback calls reads Current on the callback's thread: reported at that call,
// in the callback (here).
using System;
using System.Threading;
using System.Threading.Tasks;

namespace Corpus.CurrentOffPool.R16.PollingServiceBase;

public abstract class PollingService
{
    protected virtual Task PollOnceAsync(CancellationToken ct) => Task.CompletedTask;

    public Task Start(TimeSpan period, CancellationToken ct) =>
        Task.Run(async () =>
        {
            while (!ct.IsCancellationRequested)
            {
                await PollOnceAsync(ct); // expect: WEFT0005
                await Task.Delay(period, ct);
            }
        }, ct);
}
