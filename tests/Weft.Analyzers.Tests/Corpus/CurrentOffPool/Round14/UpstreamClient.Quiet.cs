// Quiet twin of UpstreamClient: the Retry-After branch awaits the delay plainly, so the retry's read of
// RetryPolicy.Current runs on the worker on every path.
using System;
using System.Net;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using Weft;

namespace Corpus.CurrentOffPool.R14.UpstreamClientQuiet;

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
                await Task.Delay(wait, ct);
            }

            var policy = RetryPolicy.Current;
            if (retryAfter is null || retryAfter > policy.MaxRetryAfter)
            {
                await Task.Delay(policy.BaseBackoff * attempt, ct);
            }
        }
    }
}
