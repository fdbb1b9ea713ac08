// Quiet twin of HealthCheckerProbe: the probe's await resumes on the worker, which then updates its own table.
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
            using HttpResponseMessage response = await s_http.GetAsync($"http://{upstream}/healthz");
            ok = response.IsSuccessStatusCode;
        }
        catch (HttpRequestException)
        {
            ok = false;
        }
        _health.Report(upstream, ok);
    }
}
