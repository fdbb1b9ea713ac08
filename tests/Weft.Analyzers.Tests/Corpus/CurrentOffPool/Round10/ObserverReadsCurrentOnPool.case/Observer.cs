// An IObserver<int> whose OnNext reads Current, subscribed to a source that calls it from a new Thread; the observer
// reads Current in OnNext. #escape: the read or the subscription.
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

namespace Corpus.CurrentOffPool.Round10.ObserverReadsCurrentOnPool;

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
    public void OnNext(int value) => Console.WriteLine(SessionCache.Current.Hits.Count + value); // expect: WEFT0005 #escape

    public void OnCompleted() { }

    public void OnError(Exception error) { }
}

public static class Observing
{
    public static IDisposable Run(ThreadSource source) => source.Subscribe(new CountObserver()); // expect: WEFT0005 #escape
}
