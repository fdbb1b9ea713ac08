// WEFT0004: PosixSignalRegistration.Create is in the page's table of BCL entry points: its handler runs on a thread of
// the runtime's, not on the worker. The quiet twin posts the work back to the worker's own dispatcher.
using System.Collections.Generic;
using System.Runtime.InteropServices;
using Weft;
using Weft.Threading;

namespace Corpus.ThreadContext.R9.PosixSignalHandler;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class ZoneCache
{
    public Dictionary<string, string> Records { get; } = new();
}

public static class Reload
{
    public static PosixSignalRegistration OnHangup()
    {
        ZoneCache cache = ZoneCache.Current;
        Dispatcher home = Dispatcher.Current!;
        return PosixSignalRegistration.Create(PosixSignal.SIGHUP, context =>
        {
            context.Cancel = true;
            cache.Records.Clear(); // expect: WEFT0004
        });
    }
}
