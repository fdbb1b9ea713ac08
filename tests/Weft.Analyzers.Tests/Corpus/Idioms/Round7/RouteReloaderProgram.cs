// A whole route reloader (main) and request path (workers), fully correct: a builder reused after ToImmutable, a
// dictionary frozen before the publish, copy-on-write of the last table kept in a field (a new table every time), an
// Interlocked version on a static, a snapshot read on the worker before the awaits, a miss counter bumped with
// Interlocked from worker code, a lookup computed off the loop and its result posted back to the worker's own
// dispatcher. One defect: the handler reads `RouteTable.Current` again after `ConfigureAwait(false)`.
using System;
using System.Collections.Concurrent;
using System.Collections.Frozen;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Runtime.InteropServices;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Weft;
using Weft.Slots;
using Weft.Threading;

namespace Corpus7b.RouteReloaderProgram;

public sealed record Route(string Prefix, string Cluster);

[ThreadLocalSlot]
public sealed partial class RouteTable
{
    public long Version { get; init; }
    public ImmutableArray<Route> Routes { get; init; } = ImmutableArray<Route>.Empty;
    public FrozenDictionary<string, int> Weights { get; init; } = FrozenDictionary<string, int>.Empty;

    public Route? Match(string path)
    {
        foreach (var route in Routes)
        {
            if (path.StartsWith(route.Prefix, StringComparison.Ordinal)) return route;
        }
        return null;
    }
}

public sealed class RouteReloader(WorkerPool pool)
{
    private static long s_version;
    private readonly ImmutableArray<Route>.Builder _builder = ImmutableArray.CreateBuilder<Route>();
    private readonly Dictionary<string, int> _weights = new(StringComparer.Ordinal);
    private RouteTable _last = new();

    public async Task ReloadAsync(IEnumerable<string> lines)
    {
        _builder.Clear();
        _weights.Clear();
        foreach (var line in lines)
        {
            var parts = line.Split(' ', 3, StringSplitOptions.RemoveEmptyEntries);
            if (parts.Length < 2) continue;
            _builder.Add(new Route(parts[0], parts[1]));
            _weights[parts[1]] = parts.Length == 3 && int.TryParse(parts[2], out var w) ? w : 1;
        }
        var table = new RouteTable
        {
            Version = Interlocked.Increment(ref s_version),
            Routes = _builder.ToImmutable(),
            Weights = _weights.ToFrozenDictionary(StringComparer.Ordinal),
        };
        await RouteTable.PublishAsync(pool, table);
        _last = table;
    }

    public async Task AddAsync(Route route)
    {
        var next = new RouteTable
        {
            Version = Interlocked.Increment(ref s_version),
            Routes = _last.Routes.Add(route),
            Weights = _last.Weights,
        };
        await RouteTable.PublishAsync(pool, next);
        _last = next;
    }
}

public static class RequestPath
{
    private static long s_misses;

    public static long Misses => Interlocked.Read(ref s_misses);

    public static async Task<string> HandleAsync(string path)
    {
        var table = RouteTable.Current;
        var route = table.Match(path);
        if (route is null)
        {
            Interlocked.Increment(ref s_misses);
            return "404";
        }
        var home = Dispatcher.Current!;
        var weight = await Task.Run(() => Score(route.Cluster, path)).ConfigureAwait(false);
        home.Post(() => Console.WriteLine($"{route.Cluster} scored {weight}"));
        return RouteTable.Current.Weights.TryGetValue(route.Cluster, out var w) && w > weight ? route.Cluster : "fallback"; // expect: WEFT0005
    }

    private static int Score(string cluster, string path) => cluster.Length + path.Length;
}
