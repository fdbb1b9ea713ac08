// WEFT0004: a sweeper object holding the worker's list runs as `new Thread(sweeper.Run)` (a method group of an
// object built over worker state). Reported where the sweeper is built or where the thread starts (#escape).
using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Weft;
using Weft.Threading;

namespace Corpus5b.SweeperThreadMethodGroup;

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
        var sweeper = new Sweeper(HostCache.Current.Recent); // expect: WEFT0004 #escape
        var thread = new Thread(sweeper.Run) { IsBackground = true }; // expect: WEFT0004 #escape
        thread.Start();
        return thread;
    }
}
