// Quiet twin of FileSystemWatcherChanged: the handler enqueues into a ConcurrentQueue the worker drains on its loop
// (the page: members of concurrent collections are not worker state).
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.IO;
using Weft;

namespace Corpus5b.FileSystemWatcherChangedQuiet;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class HostCache
{
    public readonly Dictionary<string, int> ByHost = new();
    public readonly ConcurrentQueue<string> ChangedNames = new();
}

public static class ConfigWatch
{
    public static FileSystemWatcher Watch(string directory)
    {
        var changed = HostCache.Current.ChangedNames;
        var watcher = new FileSystemWatcher(directory, "*.host");
        watcher.Changed += (_, e) => changed.Enqueue(e.Name ?? "");
        watcher.EnableRaisingEvents = true;
        return watcher;
    }

    public static void Drain()
    {
        var cache = HostCache.Current;
        while (cache.ChangedNames.TryDequeue(out string? name))
        {
            cache.ByHost.Remove(name);
        }
    }
}
