// WEFT0004: a SIGHUP handler (PosixSignalRegistration.Create, in the page's table) clears the worker's DNS cache.
using System.Collections.Generic;
using System.Runtime.InteropServices;
using Weft;

namespace Corpus.WorkerState.R8.PosixSignalClearsCache;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class DnsCache
{
    public readonly Dictionary<string, string> Names = new();
}

public static class Signals
{
    public static PosixSignalRegistration OnHangup()
    {
        var cache = DnsCache.Current;
        return PosixSignalRegistration.Create(PosixSignal.SIGHUP, _ => cache.Names.Clear()); // expect: WEFT0004
    }
}
