// Quiet twin of WatcherLambdaHandler: the handler posts the removal back to the worker's own loop, captured on the
// loop before the subscription (Dispatcher.Current read on the worker; the handler captures only that dispatcher and
// hands the cache to the post, which runs on its owning loop).
using System.Collections.Generic;
using System.IO;
using Weft;
using Weft.Threading;

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
        var home = Dispatcher.Current!;
        var watcher = new FileSystemWatcher(dir);
        watcher.Changed += (_, e) => home.Post(() => FileCache.Current.Files.Remove(e.FullPath));
        watcher.EnableRaisingEvents = true;
        return watcher;
    }
}
