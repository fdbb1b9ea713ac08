// Round 15, WEFT0005 quiet twin: the backoff keeps the loop's context (SuppressThrowing | ContinueOnCapturedContext).
using System;
using System.Threading;
using System.Threading.Tasks;
using Weft;

namespace Corpus.Round15.RetryBackoffSuppressThrowingQuiet;

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
            var upstreams = Upstreams.Current;
            if (await send(upstreams.Primary, ct) || attempt >= upstreams.MaxAttempts)
            {
                return attempt < upstreams.MaxAttempts;
            }

            await Task.Delay(backoff * attempt, ct).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing | ConfigureAwaitOptions.ContinueOnCapturedContext);
        }
    }
}
