// Twin: the handler posts the clear to the worker's own dispatcher.
using System.Collections.Generic;
using System.Runtime.InteropServices;
using Weft;
using Weft.Threading;

namespace Corpus.WorkerState.R8.PosixSignalClearsCacheQuiet;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class DnsCache
{
    public readonly Dictionary<string, string> Names = new();
}

public static class Signals
{
    public static PosixSignalRegistration OnHangup()
    {
        var home = Dispatcher.Current!;
        return PosixSignalRegistration.Create(PosixSignal.SIGHUP, _ => home.Post(() => DnsCache.Current.Names.Clear()));
    }
}
