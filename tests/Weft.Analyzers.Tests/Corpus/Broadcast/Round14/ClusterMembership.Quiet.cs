// Quiet twin of ClusterMembership: the watcher broadcasts an ImmutableArray<string> of the hosts, which no worker
// (and not the watcher) can change.
using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Weft;

namespace Corpus.Broadcast.R14.ClusterMembershipQuiet;

public sealed record DiscoveredHost(string Address, int Port, string Zone, bool Draining);

public interface IDiscoveryClient
{
    Task<IReadOnlyList<DiscoveredHost>> ListAsync(string service, CancellationToken ct);
}

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class ConnectionPools
{
    private readonly Dictionary<string, Queue<object>> _idleByHost = new(StringComparer.Ordinal);

    public int HostCount => _idleByHost.Count;

    [WorkerUpdate]
    public void ApplyMembership(IReadOnlyList<string> hosts)
    {
        var keep = new HashSet<string>(hosts, StringComparer.Ordinal);
        foreach (var gone in _idleByHost.Keys.Where(h => !keep.Contains(h)).ToList())
        {
            _idleByHost.Remove(gone);
        }

        foreach (var host in hosts)
        {
            _idleByHost.TryAdd(host, new Queue<object>());
        }
    }
}

public sealed class MembershipWatcher
{
    private readonly IDiscoveryClient _discovery;
    private readonly string _service;
    private readonly string _preferredZone;
    private string _lastFingerprint = "";

    public MembershipWatcher(IDiscoveryClient discovery, string service, string preferredZone)
    {
        _discovery = discovery;
        _service = service;
        _preferredZone = preferredZone;
    }

    public async Task<bool> PollAsync(WorkerPool pool, CancellationToken ct)
    {
        var discovered = await _discovery.ListAsync(_service, ct);
        var hosts = discovered
            .Where(h => !h.Draining)
            .OrderBy(h => h.Zone == _preferredZone ? 0 : 1)
            .ThenBy(h => h.Address, StringComparer.Ordinal)
            .Select(h => $"{h.Address}:{h.Port}")
            .Distinct(StringComparer.Ordinal)
            .ToImmutableArray();

        var fingerprint = string.Join(",", hosts);
        if (hosts.Length == 0 || fingerprint == _lastFingerprint)
        {
            return false;
        }

        _lastFingerprint = fingerprint;
        await ConnectionPools.ApplyMembershipOnAllWorkersAsync(pool, hosts);
        return true;
    }
}
