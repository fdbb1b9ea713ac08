// Short handler: an upstream call retried in a loop, backing off with ConfigureAwait(false). On the second pass the
// loop's top runs off the worker, where the limits snapshot's Current is read again (WEFT0005).
using System;
using System.Threading.Tasks;
using Weft;

namespace Corpus.CurrentOffPool.R16.RetryLoopReadsLimits;

[ThreadLocalSlot]
public sealed partial class RetryLimits
{
    public int MaxAttempts { get; init; } = 3;
    public TimeSpan Backoff { get; init; } = TimeSpan.FromMilliseconds(50);
}

public static class UpstreamRetry
{
    public static async Task<bool> SendAsync(Func<Task<bool>> attempt)
    {
        for (int tries = 1; ; tries++)
        {
            var limits = RetryLimits.Current; // expect: WEFT0005
            if (await attempt() || tries >= limits.MaxAttempts)
                return tries < limits.MaxAttempts;
            await Task.Delay(limits.Backoff * tries).ConfigureAwait(false);
        }
    }
}
