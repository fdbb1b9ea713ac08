// WEFT0004: the per-worker type subscribes its own instance method to AppDomain.UnhandledException, which is raised on
// whichever thread crashed; the handler reads the worker's dictionary there. Reading: an event raised on another
// thread, reported where the handler (a method group over `this`) is added.
using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Weft;
using Weft.Threading;

namespace Corpus5b.MemberHandlerOnUnhandledException;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class HostCache
{
    private readonly Dictionary<string, int> _byHost = new();

    public void WatchCrashes() => AppDomain.CurrentDomain.UnhandledException += OnCrash; // expect: WEFT0004

    private void OnCrash(object? sender, UnhandledExceptionEventArgs e) => Console.WriteLine($"{_byHost.Count} hosts at crash");
}
