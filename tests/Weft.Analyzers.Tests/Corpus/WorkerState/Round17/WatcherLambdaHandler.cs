// WEFT0004: a lambda over the worker's cache added to FileSystemWatcher.Changed (raised on the watcher's own threads).
// Page: "adding a handler over worker state to an event that its type raises on another thread is reported where the
// handler is added". The lambda sits on the `+=` line, so both readings (at the `+=` or at the capture) are one line.
using System.Collections.Generic;
using System.IO;
using Weft;

namespace Corpus.R17.WorkerState.WatcherLambdaHandler;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public partial class FileCache
{
    public Dictionary<string, byte[]> Files { get; } = new();
}

public static class Watching
{
    public static FileSystemWatcher Watch(string dir)
    {
        var cache = FileCache.Current;
        var watcher = new FileSystemWatcher(dir);
        watcher.Changed += (_, e) => cache.Files.Remove(e.FullPath); // expect: WEFT0004
        watcher.EnableRaisingEvents = true;
        return watcher;
    }
}
