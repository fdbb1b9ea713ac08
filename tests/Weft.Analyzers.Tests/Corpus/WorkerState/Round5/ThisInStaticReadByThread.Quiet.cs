// Quiet twin of ThisInStaticReadByThread: the worker stores only its entry count (an int) in the static field.
using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Weft;
using Weft.Threading;

namespace Corpus5b.ThisInStaticReadByThreadQuiet;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class HostCache
{
    public readonly Dictionary<string, int> ByHost = new();

    public void MarkLatest() => Volatile.Write(ref Diagnostics.LatestCount, ByHost.Count);
}

public static class Diagnostics
{
    public static int LatestCount;

    public static void DumpInBackground()
    {
        new Thread(() => Console.WriteLine(Volatile.Read(ref LatestCount))).Start();
    }
}
