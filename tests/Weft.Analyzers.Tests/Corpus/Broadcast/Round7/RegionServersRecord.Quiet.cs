// Quiet twin of RegionServersRecord: the record holds an ImmutableArray of servers.
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading.Tasks;
using Weft;
using Weft.Slots;
using Weft.Threading;

namespace Corpus7a.RegionServersRecord;

public sealed record RegionUpdate(string Region, ImmutableArray<string> Servers);

public sealed class RegionQueue
{
    private readonly Dictionary<string, string[]> _servers = new();

    public void Apply(RegionUpdate update) => _servers[update.Region] = update.Servers.ToArray();

    public string? Pick(string region, int seed) =>
        _servers.TryGetValue(region, out var servers) && servers.Length > 0 ? servers[seed % servers.Length] : null;
}

public sealed class RegionDirectory
{
    private readonly Slot<RegionQueue> _queues;

    public RegionDirectory(Slot<RegionQueue> queues) => _queues = queues;

    public Task AnnounceAsync(string region, IEnumerable<string> healthy)
    {
        var update = new RegionUpdate(region, healthy.Where(s => s.Length > 0).ToImmutableArray());
        return _queues.RunOnAllThreadsAsync((queue, u) => queue.Apply(u), update);
    }
}

public static class RegionRules
{
    public static bool IsRegion(string region) => region.Length is >= 2 and <= 8;

    public static string Label(RegionUpdate u) => $"{u.Region} ({u.Servers.Count()} servers)";
}
