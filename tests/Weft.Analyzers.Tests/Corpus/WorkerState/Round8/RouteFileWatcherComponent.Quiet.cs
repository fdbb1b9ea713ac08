// The clean twin: the watcher's handler only triggers a reload on main (a publish); each worker's cache notices
// the new version on its next Resolve.
using System.Collections.Frozen;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Weft;

namespace Corpus.WorkerState.R8.RouteFileWatcherComponentQuiet;

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

    public void Watch(FileSystemWatcher watcher) =>
        watcher.Changed += (_, _) => pool.Main.Post(() => _ = ReloadAsync());
}
