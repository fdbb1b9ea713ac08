// Plans the order in which a worker tries the upstreams for a new connection: a random order per attempt, so that
// workers do not all hammer the first host, with the hosts that failed recently moved to the back.
using System;
using System.Collections.Generic;
using System.Linq;

namespace Corpus.Calls.R14.ConnectOrderQuiet;

public sealed class ConnectPlanner
{
    private readonly Random _rng = new();
    private readonly Dictionary<string, long> _failedAtMs = new(StringComparer.Ordinal);

    public IReadOnlyList<string> Plan(long nowMs, long penaltyMs)
    {
        var hosts = Upstreams.Current.Hosts.ToArray();
        if (hosts.Length == 0)
        {
            return Array.Empty<string>();
        }

        hosts.ShuffleInPlace(_rng);
        return hosts
            .OrderBy(h => _failedAtMs.TryGetValue(h, out var at) && nowMs - at < penaltyMs ? 1 : 0)
            .ToList();
    }

    public void Failed(string host, long nowMs) => _failedAtMs[host] = nowMs;

    public void Succeeded(string host) => _failedAtMs.Remove(host);
}
