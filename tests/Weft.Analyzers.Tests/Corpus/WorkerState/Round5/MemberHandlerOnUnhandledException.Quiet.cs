// Quiet twin of MemberHandlerOnUnhandledException: the handler is static and reads nothing of the worker.
using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Weft;
using Weft.Threading;

namespace Corpus5b.MemberHandlerOnUnhandledExceptionQuiet;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class HostCache
{
    private readonly Dictionary<string, int> _byHost = new();

    public void WatchCrashes() => AppDomain.CurrentDomain.UnhandledException += OnCrash;

    private static void OnCrash(object? sender, UnhandledExceptionEventArgs e) => Console.WriteLine("crash");
}
