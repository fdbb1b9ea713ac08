// A health checker's sweep on main: for each cluster it probes the hosts, and publishes the healthy ones to that
// cluster's slot. When every host is down it goes into panic mode (route to all of them, as Envoy does) and publishes
// that list at once. The panic case leaves the switch with `break` instead of `continue`, so the sort and second
// publish below run on the list already published: WEFT0002 (order by flow: the write is below a publish on a path
// that reaches it). The quiet twin leaves with `continue`.
using System;
using System.Collections.Generic;
using System.Threading.Tasks;
using Weft.Slots;

namespace Corpus.Flow.R14.HealthSweepDefect;

public enum SweepVerdict
{
    Unchanged,
    AllDown,
    Changed,
}

public sealed class ClusterState
{
    public ClusterState(string name, IReadOnlyList<string> hosts, Slot<List<string>> healthySlot)
    {
        Name = name;
        Hosts = hosts;
        HealthySlot = healthySlot;
    }

    public string Name { get; }
    public IReadOnlyList<string> Hosts { get; }
    public Slot<List<string>> HealthySlot { get; }
    public int LastHealthyCount { get; set; } = -1;
}

public sealed class HealthSweep
{
    private readonly List<ClusterState> _clusters = new();
    private readonly HashSet<string> _panicking = new(StringComparer.Ordinal);
    private readonly Func<string, Task<bool>> _probe;

    public HealthSweep(Func<string, Task<bool>> probe) => _probe = probe;

    public void Add(ClusterState cluster) => _clusters.Add(cluster);

    public IReadOnlyCollection<string> Panicking => _panicking;

    public async Task SweepAsync()
    {
        foreach (var cluster in _clusters)
        {
            var healthy = new List<string>(cluster.Hosts.Count);
            foreach (var host in cluster.Hosts)
            {
                if (await _probe(host))
                {
                    healthy.Add(host);
                }
            }

            var verdict = Judge(cluster, healthy.Count);
            switch (verdict)
            {
                case SweepVerdict.Unchanged:
                    continue;
                case SweepVerdict.AllDown:
                    _panicking.Add(cluster.Name);
                    healthy.AddRange(cluster.Hosts);
                    cluster.HealthySlot.Publish(healthy);
                    break;
                default:
                    _panicking.Remove(cluster.Name);
                    break;
            }

            healthy.Sort(StringComparer.Ordinal); // expect: WEFT0002
            cluster.LastHealthyCount = healthy.Count;
            cluster.HealthySlot.Publish(healthy);
        }
    }

    private static SweepVerdict Judge(ClusterState cluster, int healthyCount) => healthyCount switch
    {
        0 => SweepVerdict.AllDown,
        _ when healthyCount == cluster.LastHealthyCount => SweepVerdict.Unchanged,
        _ => SweepVerdict.Changed,
    };
}
