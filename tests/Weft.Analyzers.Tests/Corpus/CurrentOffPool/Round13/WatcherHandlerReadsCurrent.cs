// A handler method of an object made here is added to FileSystemWatcher.Changed (raised on the watcher's own
// thread) and reads a snapshot's Current there. Same file: reported at the read.
using System;
using System.IO;
using Weft;

namespace Corpus.CurrentOffPool.WatcherHandlerReadsCurrent;

[ThreadLocalSlot]
public sealed partial class ReloadPolicy
{
    public bool Enabled { get; init; }
}

public sealed class Reloader
{
    public void OnChanged(object sender, FileSystemEventArgs e)
    {
        if (ReloadPolicy.Current.Enabled) // expect: WEFT0005
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
        var reloader = new Reloader();
        watcher.Changed += reloader.OnChanged;
        watcher.EnableRaisingEvents = true;
        return watcher;
    }
}
