// A proxy picks an upstream zone by latency: the zone table (hosts per zone) is published to every worker as a
// dictionary of lists (WEFT0001 on the member, in both twins). Before failing over, the worker "ranks" the hosts of
// every zone by their measured latency, sorting each list it gets from the dictionary's Values in place: those lists
// are the snapshot's (WEFT0003). The quiet twin ranks with OrderBy into a new list.
using System;
using System.Collections.Generic;
using System.Linq;
using Weft;

namespace Corpus.SnapshotWrites.R14.ZoneFailoverDefect;

[ThreadLocalSlot]
public sealed partial class ZoneTable
{
    public required Dictionary<string, List<string>> HostsByZone { get; init; } // expect: WEFT0001
    public required string HomeZone { get; init; }
}

public sealed class ZoneFailover
{
    private readonly Dictionary<string, double> _latencyMs = new(StringComparer.Ordinal);
    private readonly HashSet<string> _down = new(StringComparer.Ordinal);

    public void Measured(string host, double ms, bool ok)
    {
        _latencyMs[host] = _latencyMs.TryGetValue(host, out var old) ? old * 0.8 + ms * 0.2 : ms;
        if (ok)
        {
            _down.Remove(host);
        }
        else
        {
            _down.Add(host);
        }
    }

    public string? Pick()
    {
        var table = ZoneTable.Current;
        if (table.HostsByZone.TryGetValue(table.HomeZone, out var home) && home.Any(h => !_down.Contains(h)))
        {
            return home.First(h => !_down.Contains(h));
        }

        string? best = null;
        double bestMs = double.MaxValue;
        foreach (var hosts in table.HostsByZone.Values)
        {
            hosts.Sort((a, b) => Latency(a).CompareTo(Latency(b))); // expect: WEFT0003
            var candidate = hosts.FirstOrDefault(h => !_down.Contains(h));
            if (candidate is not null && Latency(candidate) < bestMs)
            {
                best = candidate;
                bestMs = Latency(candidate);
            }
        }

        return best;
    }

    private double Latency(string host) => _latencyMs.GetValueOrDefault(host, 1000);
}
