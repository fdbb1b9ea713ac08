// An IObserver<int> whose OnNext reads Current, subscribed to a source that calls it from a new Thread; the observer takes the worker's cache when it is built on the worker and OnNext posts the
// write back to that worker's loop. #escape: the read or the subscription.
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

namespace Corpus.CurrentOffPool.Round10.ObserverReadsCurrentOnPoolQuiet;

public sealed class ThreadSource : IObservable<int>
{
    public IDisposable Subscribe(IObserver<int> observer)
    {
        new Thread(() => observer.OnNext(1)).Start();
        return new Nothing();
    }

    private sealed class Nothing : IDisposable
    {
        public void Dispose() { }
    }
}

public sealed class CountObserver : IObserver<int>
{
    private readonly SessionCache _cache;
    private readonly Dispatcher _home;

    public CountObserver()
    {
        _cache = SessionCache.Current;
        _home = Dispatcher.Current!;
    }

    public void OnNext(int value) => _home.Post(() => Console.WriteLine(_cache.Hits.Count + value));

    public void OnCompleted() { }

    public void OnError(Exception error) { }
}

public static class Observing
{
    public static IDisposable Run(ThreadSource source) => source.Subscribe(new CountObserver());
}
