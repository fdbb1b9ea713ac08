// The clean twin: weights are an ImmutableArray, draining is a per-worker override (the table is never written),
// and every reload publishes a new prefix list.
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using System.Threading.Tasks;
using Weft;
using Weft.Slots;

namespace Corpus.SnapshotWrites.R8.RoutingTableReloadComponentQuiet;

public sealed record Route(string Prefix, ImmutableArray<string> Backends, ImmutableArray<int> Weights);

[ThreadLocalSlot]
public sealed partial class RoutingTable
{
    public long Version { get; init; }
    public ImmutableArray<Route> Routes { get; init; } = ImmutableArray<Route>.Empty;

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

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class DrainedBackends
{
    public readonly HashSet<(string Prefix, int Backend)> Drained = new();
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
            DrainedBackends.Current.Drained.Add((route.Prefix, backend));
        }
    }
}

public sealed class Reloader(WorkerPool pool, Slot<List<string>> prefixes)
{
    private long _version;

    public async Task ReloadAsync(IEnumerable<Route> routes)
    {
        var names = new List<string>();
        var builder = ImmutableArray.CreateBuilder<Route>();
        foreach (var route in routes)
        {
            builder.Add(route);
            names.Add(route.Prefix);
        }

        await RoutingTable.PublishAsync(pool, new RoutingTable
        {
            Version = Interlocked.Increment(ref _version),
            Routes = builder.ToImmutable(),
        });
        await prefixes.PublishAsync(names);
    }
}
