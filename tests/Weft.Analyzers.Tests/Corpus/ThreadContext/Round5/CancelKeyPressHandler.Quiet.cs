// Quiet twin of CancelKeyPressHandler: the handler cancels a CancellationTokenSource (a System.Threading type,
// thread-safe); the worker observes the token on its own loop.
using System;
using System.Collections.Generic;
using System.Threading;
using Weft;

namespace Corpus5b.CancelKeyPressHandlerQuiet;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class HostCache
{
    public readonly Dictionary<string, int> ByHost = new();
    public readonly CancellationTokenSource Stopping = new();
}

public static class Shutdown
{
    public static void Hook()
    {
        var stopping = HostCache.Current.Stopping;
        Console.CancelKeyPress += (_, e) =>
        {
            stopping.Cancel();
            e.Cancel = true;
        };
    }
}
