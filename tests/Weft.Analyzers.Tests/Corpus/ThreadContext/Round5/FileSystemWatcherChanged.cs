// WEFT0004: a FileSystemWatcher raises Changed on a thread-pool thread; the handler added on the worker removes from
// the worker's dictionary. Reading: the page says a handler over worker state added to an event "that its type raises
// on another thread is reported where the handler is added"; FileSystemWatcher (no SynchronizingObject) is such a type.
using System.Collections.Generic;
using System.IO;
using Weft;

namespace Corpus5b.FileSystemWatcherChanged;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class HostCache
{
    public readonly Dictionary<string, int> ByHost = new();
}

public static class ConfigWatch
{
    public static FileSystemWatcher Watch(string directory)
    {
        var cache = HostCache.Current;
        var watcher = new FileSystemWatcher(directory, "*.host");
        watcher.Changed += (_, e) => cache.ByHost.Remove(e.Name ?? ""); // expect: WEFT0004
        watcher.EnableRaisingEvents = true;
        return watcher;
    }
}
