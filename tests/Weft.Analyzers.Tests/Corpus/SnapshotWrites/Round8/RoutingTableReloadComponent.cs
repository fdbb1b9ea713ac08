// A realistic component: a routing table with versioned reloads. Main builds each version and publishes it;
// workers pick a backend per request. Three defects: the route record holds its weights in an int[] (WEFT0001, the
// snapshot is not deeply immutable), a worker "drains" a backend by zeroing its weight in the shared table
// (WEFT0003), and the reloader reuses one builder list across versions, clearing it after the previous version was
// published with it (WEFT0002).
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using System.Threading.Tasks;
using Weft;
using Weft.Slots;

namespace Corpus.SnapshotWrites.R8.RoutingTableReloadComponent;

public sealed record Route(string Prefix, ImmutableArray<string> Backends, int[] Weights);

[ThreadLocalSlot]
public sealed partial class RoutingTable
{
    public long Version { get; init; }
    public ImmutableArray<Route> Routes { get; init; } = ImmutableArray<Route>.Empty; // expect: WEFT0001

    public Route? Match(string path)
    {
        foreach (var route in Routes)
        {
            if (path.StartsWith(route.Prefix, System.StringComparison.Ordinal))
            {
                return route;
            }
        }

        return null;
    }
}

public static class Picker
{
    public static string? Pick(string path, int hash)
    {
        var route = RoutingTable.Current.Match(path);
        if (route is null || route.Backends.IsEmpty)
        {
            return null;
        }

        return route.Backends[hash % route.Backends.Length];
    }

    public static void Drain(string path, int backend)
    {
        if (RoutingTable.Current.Match(path) is { } route)
        {
            route.Weights[backend] = 0; // expect: WEFT0003
        }
    }
}

public sealed class Reloader(WorkerPool pool, Slot<List<string>> prefixes)
{
    private readonly List<string> _scratch = new();
    private long _version;

    public async Task ReloadAsync(IEnumerable<Route> routes)
    {
        _scratch.Clear(); // expect: WEFT0002
        var builder = ImmutableArray.CreateBuilder<Route>();
        foreach (var route in routes)
        {
            builder.Add(route);
            _scratch.Add(route.Prefix); // expect: WEFT0002
        }

        await RoutingTable.PublishAsync(pool, new RoutingTable
        {
            Version = Interlocked.Increment(ref _version),
            Routes = builder.ToImmutable(),
        });
        await prefixes.PublishAsync(_scratch);
    }
}
