// Quiet twin of SweeperThreadMethodGroup: the sweeper gets a copy of the list (ToList), nobody else's.
using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Weft;
using Weft.Threading;

namespace Corpus5b.SweeperThreadMethodGroupQuiet;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class HostCache
{
    public readonly List<string> Recent = new();
}

public sealed class Sweeper(List<string> recent)
{
    public void Run() => recent.RemoveAll(h => h.Length == 0);
}

public static class Maintenance
{
    public static Thread StartSweeper()
    {
        var sweeper = new Sweeper(HostCache.Current.Recent.ToList());
        var thread = new Thread(sweeper.Run) { IsBackground = true };
        thread.Start();
        return thread;
    }
}
