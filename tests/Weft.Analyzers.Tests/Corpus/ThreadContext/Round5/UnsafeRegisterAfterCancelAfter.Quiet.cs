// Quiet twin of UnsafeRegisterAfterCancelAfter: the cancellation callback only writes a copied string to the console.
using System;
using System.Collections.Generic;
using System.Threading;
using Weft;

namespace Corpus5b.UnsafeRegisterAfterCancelAfterQuiet;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class HostCache
{
    public readonly Dictionary<string, int> ByHost = new();
}

public static class Deadline
{
    public static CancellationTokenSource Arm()
    {
        string summary = $"{HostCache.Current.ByHost.Count} pending";
        var cts = new CancellationTokenSource();
        cts.CancelAfter(TimeSpan.FromSeconds(2));
        cts.Token.UnsafeRegister(_ => Console.WriteLine(summary), null);
        return cts;
    }
}
