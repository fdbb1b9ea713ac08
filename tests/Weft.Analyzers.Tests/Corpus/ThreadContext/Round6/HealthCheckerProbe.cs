// Per-worker health checker probing upstreams over HTTP. Defect: the probe awaits with ConfigureAwait(false), and
// the result is then written into the worker's own UpstreamHealth table held in a field of the checker
// (WEFT0004: worker state used after an await that may not resume on the loop).
using System;
using System.Collections.Generic;
using System.Net.Http;
using System.Threading.Tasks;
using Weft;

namespace Corpus6b.HealthCheckerProbe;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class UpstreamHealth
{
    private readonly Dictionary<string, int> _failures = new(StringComparer.Ordinal);

    public bool IsHealthy(string upstream) => _failures.GetValueOrDefault(upstream) < 3;

    public void Report(string upstream, bool ok) =>
        _failures[upstream] = ok ? 0 : _failures.GetValueOrDefault(upstream) + 1;
}

public sealed class HealthChecker
{
    private static readonly HttpClient s_http = new() { Timeout = TimeSpan.FromSeconds(2) };
    private readonly UpstreamHealth _health;

    public HealthChecker() => _health = UpstreamHealth.Current;

    public async Task ProbeAsync(string upstream)
    {
        bool ok;
        try
        {
            using HttpResponseMessage response = await s_http.GetAsync($"http://{upstream}/healthz").ConfigureAwait(false);
            ok = response.IsSuccessStatusCode;
        }
        catch (HttpRequestException)
        {
            ok = false;
        }
        _health.Report(upstream, ok); // expect: WEFT0004
    }
}
