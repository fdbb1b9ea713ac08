// Round 15, WEFT0005, a short request handler with a retry loop: between attempts it waits with
// ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing) (the .NET 8 idiom to ignore the cancellation exception), an
// option set without ContinueOnCapturedContext, so the next attempt's read of Current runs on the pool.
using System;
using System.Threading;
using System.Threading.Tasks;
using Weft;

namespace Corpus.Round15.RetryBackoffSuppressThrowing;

[ThreadLocalSlot]
public sealed partial class Upstreams
{
    public string Primary { get; init; } = "";
    public int MaxAttempts { get; init; } = 3;
}

public sealed class ForwardHandler(Func<string, CancellationToken, Task<bool>> send)
{
    public async Task<bool> ForwardAsync(TimeSpan backoff, CancellationToken ct)
    {
        for (int attempt = 1; ; attempt++)
        {
            var upstreams = Upstreams.Current; // expect: WEFT0005
            if (await send(upstreams.Primary, ct) || attempt >= upstreams.MaxAttempts)
            {
                return attempt < upstreams.MaxAttempts;
            }

            await Task.Delay(backoff * attempt, ct).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        }
    }
}
