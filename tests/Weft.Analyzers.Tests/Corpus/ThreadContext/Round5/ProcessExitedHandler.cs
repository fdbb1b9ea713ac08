// WEFT0004: Process.Exited is raised on a thread-pool thread; the handler forgets the child in the worker's dictionary.
// Reading: as for FileSystemWatcher, an event its type raises on another thread is reported where the handler is added.
using System.Collections.Generic;
using System.Diagnostics;
using Weft;

namespace Corpus5b.ProcessExitedHandler;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class HostCache
{
    public readonly Dictionary<string, int> Children = new();
}

public static class Spawner
{
    public static Process Spawn(string name)
    {
        var cache = HostCache.Current;
        var process = new Process { StartInfo = new ProcessStartInfo("sleep", "1"), EnableRaisingEvents = true };
        process.Exited += (_, _) => cache.Children.Remove(name); // expect: WEFT0004
        process.Start();
        cache.Children[name] = process.Id;
        return process;
    }
}
