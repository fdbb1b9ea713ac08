// Short handler: an upstream call retried in a loop, backing off with ConfigureAwait(false); the limits snapshot is
// read once on the worker, above the loop, and the snapshot object (shared and immutable) is used on every pass
// (quiet twin of RetryLoopReadsLimits).
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
        var limits = RetryLimits.Current;
        for (int tries = 1; ; tries++)
        {
            if (await attempt() || tries >= limits.MaxAttempts)
                return tries < limits.MaxAttempts;
            await Task.Delay(limits.Backoff * tries).ConfigureAwait(false);
        }
    }
}
