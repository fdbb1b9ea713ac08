// WEFT0006: a [WorkerUpdate] method calls a static helper of another class that adds to that class's static List (a call
// into source that writes static state). Reading: reported at the call from worker code or at the Add (#escape).
using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Weft;
using Weft.Net;
using Weft.Threading;

namespace Corpus5b.HelperClassAddsToStatic;

public static class Audit
{
    private static readonly List<string> s_recent = new();

    public static void Record(string entry) => s_recent.Add(entry); // expect: WEFT0006 #escape
}

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class HostCache
{
    [WorkerUpdate]
    private void Forget(string host) => Audit.Record("forget " + host); // expect: WEFT0006 #escape
}
