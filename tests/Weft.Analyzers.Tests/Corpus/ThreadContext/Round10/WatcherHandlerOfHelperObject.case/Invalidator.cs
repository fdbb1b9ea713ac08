// A helper object kept over the worker's dictionary; its instance method, subscribed to FileSystemWatcher.Changed
// (raised on a pool thread), clears the dictionary there.
using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Threading;
using System.Threading.Tasks;
using Weft;
using Weft.Slots;
using Weft.Threading;

namespace Corpus.ThreadContext.Round10.WatcherHandlerOfHelperObject;

public sealed class Invalidator
{
    private readonly Dictionary<string, int> _hits;
    private readonly Dispatcher _home;

    public Invalidator(Dictionary<string, int> hits)
    {
        _hits = hits;
        _home = Dispatcher.Current!;
    }

    public void OnChanged(object sender, System.IO.FileSystemEventArgs e) => _hits.Clear();
}

public static class Watching
{
    // Reading taken: the handler is added where the helper's method group goes to the event (the page: "reported
    // where the handler is added").
    public static void Attach(System.IO.FileSystemWatcher watcher)
    {
        var invalidator = new Invalidator(SessionCache.Current.Hits);
        watcher.Changed += invalidator.OnChanged; // expect: WEFT0004
    }
}
