// Quiet twin of UpstreamProber: the async local function awaits the probe plainly, so on the worker's dispatcher it
// resumes on that worker and records the status there.
using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Weft;

namespace Corpus.ThreadContext.R14.UpstreamProberQuiet;

public enum UpstreamStatus
{
    Unknown,
    Healthy,
    Degraded,
    Down,
}

public interface IProbe
{
    Task<TimeSpan?> PingAsync(string upstream, CancellationToken ct);
}

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class UpstreamProber
{
    private readonly Dictionary<string, UpstreamStatus> _status = new(StringComparer.Ordinal);
    private readonly HashSet<string> _upstreams = new(StringComparer.Ordinal);

    public UpstreamStatus StatusOf(string upstream) => _status.GetValueOrDefault(upstream);

    [WorkerUpdate]
    public void Track(string upstream) => _upstreams.Add(upstream);

    public async Task<int> ProbeAllAsync(IProbe probe, TimeSpan slow, CancellationToken ct)
    {
        async Task<bool> ProbeOne(string upstream)
        {
            TimeSpan? rtt;
            try
            {
                rtt = await probe.PingAsync(upstream, ct);
            }
            catch (TimeoutException)
            {
                rtt = null;
            }

            var status = rtt switch
            {
                null => UpstreamStatus.Down,
                { } t when t > slow => UpstreamStatus.Degraded,
                _ => UpstreamStatus.Healthy,
            };
            _status[upstream] = status;
            return status == UpstreamStatus.Healthy;
        }

        var targets = _upstreams.ToArray();
        var results = await Task.WhenAll(targets.Select(ProbeOne));
        return results.Count(ok => ok);
    }
}
