// Quiet twin of HealthSweep: the panic case leaves the loop pass with `continue` after its publish, so the sort below
// the switch only runs on paths that have not published this pass's list.
using System;
using System.Collections.Generic;
using System.Threading.Tasks;
using Weft.Slots;

namespace Corpus.Flow.R14.HealthSweepQuiet;

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
                    continue;
                default:
                    _panicking.Remove(cluster.Name);
                    break;
            }

            healthy.Sort(StringComparer.Ordinal);
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
