using System;
using System.Threading;
using System.Threading.Tasks;

namespace Corpus.CurrentOffPool.R9.InterfaceLoopMember;

public sealed class Scheduler(IClock clock)
{
    public async Task<long> DelayThenStampAsync(TimeSpan delay, CancellationToken cancellationToken)
    {
        await Task.Delay(delay, cancellationToken).ConfigureAwait(false);
        return clock.LoopNow(); // expect: WEFT0005 "LoopNow"
    }
}
