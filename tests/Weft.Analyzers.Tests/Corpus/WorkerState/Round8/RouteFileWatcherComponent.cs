// A realistic component: routes reloaded from a file with versioned publishes on main, and a per-worker
// resolved-route cache. One defect: a worker hooks the FileSystemWatcher's Changed event (raised on a thread-pool
// thread) to clear its own cache (WEFT0004, reported where the handler is added).
using System.Collections.Frozen;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Weft;

namespace Corpus.WorkerState.R8.RouteFileWatcherComponent;

[ThreadLocalSlot]
public sealed partial class Routes
{
    public long Version { get; init; }
    public FrozenDictionary<string, string> ByPrefix { get; init; } = FrozenDictionary<string, string>.Empty;
}

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class ResolvedRoutes
{
    private readonly Dictionary<string, string> _byPath = new();
    private long _version = -1;

    public string? Resolve(string path)
    {
        var routes = Routes.Current;
        if (routes.Version != _version)
        {
            _byPath.Clear();
            _version = routes.Version;
        }

        if (_byPath.TryGetValue(path, out var hit))
        {
            return hit;
        }

        var match = routes.ByPrefix.Where(kv => path.StartsWith(kv.Key)).Select(kv => kv.Value).FirstOrDefault();
        if (match is not null)
        {
            _byPath[path] = match;
        }

        return match;
    }

    public void Forget() => _byPath.Clear();
}

public sealed class RouteReloader(WorkerPool pool, string path)
{
    private long _version;

    public Task ReloadAsync()
    {
        var map = File.ReadAllLines(path)
            .Select(line => line.Split(' ', 2))
            .Where(parts => parts.Length == 2)
            .ToFrozenDictionary(parts => parts[0], parts => parts[1]);
        return Routes.PublishAsync(pool, new Routes { Version = Interlocked.Increment(ref _version), ByPrefix = map });
    }

    public static void WatchOnWorker(FileSystemWatcher watcher)
    {
        var resolved = ResolvedRoutes.Current;
        watcher.Changed += (_, _) => resolved.Forget(); // expect: WEFT0004
    }
}
