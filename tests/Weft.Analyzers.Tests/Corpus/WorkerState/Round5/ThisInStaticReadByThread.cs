// WEFT0004: a per-worker instance stores `this` in another class's static field; a background thread started from
// main later dumps it. The page: state travels through another class's static field, so reading it
// on a new Thread is reported. Reading: the page does not say whether that is reported where the worker stores itself in
// the static field or where the thread reads it, so both lines carry #escape.
using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Weft;
using Weft.Threading;

namespace Corpus5b.ThisInStaticReadByThread;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class HostCache
{
    public readonly Dictionary<string, int> ByHost = new();

    public void MarkLatest() => Diagnostics.Latest = this; // expect: WEFT0004 #escape
}

public static class Diagnostics
{
    public static HostCache? Latest;

    public static void DumpInBackground()
    {
        new Thread(() => Console.WriteLine(Latest?.ByHost.Count)).Start(); // expect: WEFT0004 #escape
    }
}
