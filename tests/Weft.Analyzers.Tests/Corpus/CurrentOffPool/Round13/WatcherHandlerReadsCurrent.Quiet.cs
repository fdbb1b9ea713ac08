// The quiet twin: the policy is read on the worker when the watcher is set up and kept in the handler object.
using System;
using System.IO;
using Weft;

namespace Corpus.CurrentOffPool.WatcherHandlerReadsCurrentQuiet;

[ThreadLocalSlot]
public sealed partial class ReloadPolicy
{
    public bool Enabled { get; init; }
}

public sealed class Reloader
{
    private readonly bool _enabled;

    public Reloader(bool enabled) => _enabled = enabled;

    public void OnChanged(object sender, FileSystemEventArgs e)
    {
        if (_enabled)
        {
            Console.WriteLine($"reload {e.FullPath}");
        }
    }
}

public static class Watching
{
    public static FileSystemWatcher Watch(string folder)
    {
        var watcher = new FileSystemWatcher(folder);
        var reloader = new Reloader(ReloadPolicy.Current.Enabled);
        watcher.Changed += reloader.OnChanged;
        watcher.EnableRaisingEvents = true;
        return watcher;
    }
}
