// Quiet twin of ProcessExitedHandler: the Exited handler prints the child's name (a string) and touches nothing of the worker.
using System;
using System.Collections.Generic;
using System.Diagnostics;
using Weft;

namespace Corpus5b.ProcessExitedHandlerQuiet;

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
        process.Exited += (_, _) => Console.WriteLine($"{name} exited");
        process.Start();
        cache.Children[name] = process.Id;
        return process;
    }
}
