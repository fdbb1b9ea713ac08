// An observable that calls its observers from the thread pool, and an observer that writes the dictionary it was
// given by posting to the loop it was built on.
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

namespace Corpus.WorkerState.Round10.ObserverOnPoolSourceQuiet;

public sealed class TickSource : IObservable<int>
{
    public IDisposable Subscribe(IObserver<int> observer)
    {
        ThreadPool.QueueUserWorkItem(_ => observer.OnNext(1));
        return new Unsubscriber();
    }

    private sealed class Unsubscriber : IDisposable
    {
        public void Dispose() { }
    }
}

public sealed class HitObserver : IObserver<int>
{
    private readonly Dictionary<string, int> _hits;
    private readonly Dispatcher _home;

    public HitObserver(Dictionary<string, int> hits)
    {
        _hits = hits;
        _home = Dispatcher.Current!;
    }

    public void OnNext(int value) => _home.Post(() => _hits["tick"] = value);

    public void OnCompleted() { }

    public void OnError(Exception error) { }
}

public static class Observe
{
    // Reading taken: the observer keeps the worker's dictionary and is handed to a source that calls it on the pool;
    // reported at the subscription, the one line where it is handed over.
    public static IDisposable Run(TickSource source) =>
        source.Subscribe(new HitObserver(SessionCache.Current.Hits));
}
