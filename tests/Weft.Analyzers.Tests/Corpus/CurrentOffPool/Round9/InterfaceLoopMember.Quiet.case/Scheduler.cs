using System;
using System.Threading;
using System.Threading.Tasks;

namespace Corpus.CurrentOffPool.R9.InterfaceLoopMember;

public sealed class Scheduler(IClock clock)
{
    public async Task<long> DelayThenStampAsync(TimeSpan delay, CancellationToken cancellationToken)
    {
        await Task.Delay(delay, cancellationToken);
        return clock.LoopNow();
    }
}
