// Active health checks owned by each worker (per-worker slot type): every few seconds the worker probes its
// upstreams concurrently with an async local function and records each result in its status map. The local function
// awaits the probe with ConfigureAwait(false), so the write after it may run on a pool thread and touches the worker's
// own dictionary there (WEFT0004: inside a per-worker type, its fields' objects are worker state; after the member's
// own ConfigureAwait(false) they are used off the loop; the local function's body is taken as the member's code). The
// quiet twin awaits the probe plainly and resumes on the worker.
using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Weft;

namespace Corpus.ThreadContext.R14.UpstreamProberDefect;

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
                rtt = await probe.PingAsync(upstream, ct).ConfigureAwait(false);
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
            _status[upstream] = status; // expect: WEFT0004
            return status == UpstreamStatus.Healthy;
        }

        var targets = _upstreams.ToArray();
        var results = await Task.WhenAll(targets.Select(ProbeOne));
        return results.Count(ok => ok);
    }
}
