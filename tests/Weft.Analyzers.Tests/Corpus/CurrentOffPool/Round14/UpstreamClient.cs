// A worker's upstream HTTP client wrapper: it reads the retry policy published to every worker, sends, and on a 503
// waits out the upstream's Retry-After. Only that branch awaits with ConfigureAwait(false) (the author thought "a
// delay does not need the context"); the retry below reads RetryPolicy.Current again, which on that path may run on a
// pool thread: WEFT0005 (the page: after an await that may not resume on the loop). The first read, above every
// await, and the plain awaits are fine. The quiet twin awaits the delay plainly.
using System;
using System.Net;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using Weft;

namespace Corpus.CurrentOffPool.R14.UpstreamClientDefect;

[ThreadLocalSlot]
public sealed partial class RetryPolicy
{
    public int MaxAttempts { get; init; } = 3;
    public TimeSpan MaxRetryAfter { get; init; } = TimeSpan.FromSeconds(2);
    public TimeSpan BaseBackoff { get; init; } = TimeSpan.FromMilliseconds(50);
}

public sealed class UpstreamClient
{
    private readonly HttpClient _http;
    private int _retries;

    public UpstreamClient(HttpClient http) => _http = http;

    public int Retries => _retries;

    public async Task<HttpResponseMessage> SendAsync(Func<HttpRequestMessage> request, CancellationToken ct)
    {
        int maxAttempts = RetryPolicy.Current.MaxAttempts;
        for (int attempt = 1; ; attempt++)
        {
            var response = await _http.SendAsync(request(), ct);
            if (response.StatusCode != HttpStatusCode.ServiceUnavailable || attempt >= maxAttempts)
            {
                return response;
            }

            var retryAfter = response.Headers.RetryAfter?.Delta;
            response.Dispose();
            _retries++;
            if (retryAfter is { } wait && wait > TimeSpan.Zero)
            {
                await Task.Delay(wait, ct).ConfigureAwait(false);
            }

            var policy = RetryPolicy.Current; // expect: WEFT0005 "RetryPolicy"
            if (retryAfter is null || retryAfter > policy.MaxRetryAfter)
            {
                await Task.Delay(policy.BaseBackoff * attempt, ct);
            }
        }
    }
}
