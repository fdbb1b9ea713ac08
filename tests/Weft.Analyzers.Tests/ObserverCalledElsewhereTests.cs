using System.Threading.Tasks;

namespace Weft.Analyzers.Tests;

/// <summary>
/// A helper that calls a method of the object it is given on another thread (an observable calling
/// <c>observer.OnNext</c> from the pool or a new thread) takes there what that method of the object's class does, when
/// the caller made the object (its class known): an observer whose <c>OnNext</c> reads <c>Current</c> is reported in
/// <c>OnNext</c> (WEFT0005), one that writes the worker's dictionary it keeps is reported where it is subscribed
/// (WEFT0004), one that posts the write back to the loop it kept beside the dictionary is quiet (corpus round 10 cause
/// 2/7: WorkerState/Round10 ObserverOnPoolSource, CurrentOffPool/Round10 ObserverReadsCurrentOnPool). The first and
/// last tests fail on the engine before (the interface call was not followed to the object's class, and the object
/// was handed over whole).
/// </summary>
public sealed class ObserverCalledElsewhereTests
{
    private const string Usings = """
        using System;
        using System.Collections.Generic;
        using System.Threading;
        using Weft;
        using Weft.Slots;
        using Weft.Threading;
        namespace App;

        [ThreadLocalSlot(Mode = SlotMode.PerWorker)]
        public sealed partial class SessionCache
        {
            public Dictionary<string, int> Hits { get; } = new();
        }

        public sealed class PoolSource : IObservable<int>
        {
            public IDisposable Subscribe(IObserver<int> observer)
            {
                ThreadPool.QueueUserWorkItem(_ => observer.OnNext(1));
                return new Nothing();
            }
        }

        public sealed class ThreadSource : IObservable<int>
        {
            public IDisposable Subscribe(IObserver<int> observer)
            {
                new Thread(() => observer.OnNext(1)).Start();
                return new Nothing();
            }
        }

        public sealed class Nothing : IDisposable
        {
            public void Dispose()
            {
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

            public void OnCompleted()
            {
            }

            public void OnError(Exception error)
            {
            }
        }

        public sealed class DirectObserver : IObserver<int>
        {
            private readonly Dictionary<string, int> _hits;

            public DirectObserver(Dictionary<string, int> hits) => _hits = hits;

            public void OnNext(int value) => _hits["tick"] = value;

            public void OnCompleted()
            {
            }

            public void OnError(Exception error)
            {
            }
        }

        """;

    [Fact]
    public Task An_observer_whose_OnNext_reads_Current_subscribed_to_a_thread_source_is_reported_in_OnNext() => Verifier.AnalyzeAsync<ThreadContextAnalyzer>(Usings + """
        public sealed class CountObserver : IObserver<int>
        {
            public void OnNext(int value) => Console.WriteLine({|WEFT0005:SessionCache.Current|}.Hits.Count + value);

            public void OnCompleted()
            {
            }

            public void OnError(Exception error)
            {
            }
        }

        public static class Observing
        {
            public static IDisposable Run(ThreadSource source) => source.Subscribe(new CountObserver());
        }
        """);

    [Fact]
    public Task An_observer_writing_the_worker_state_it_keeps_on_the_pool_is_reported_where_it_is_subscribed() => Verifier.AnalyzeAsync<ThreadContextAnalyzer>(Usings + """
        public static class Observing
        {
            public static IDisposable Run(PoolSource source) => source.Subscribe({|WEFT0004:new DirectObserver(SessionCache.Current.Hits)|});
        }
        """);

    [Fact]
    public Task An_observer_that_posts_its_work_back_to_the_loop_it_kept_is_quiet() => Verifier.AnalyzeAsync<ThreadContextAnalyzer>(Usings + """
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

            public void OnCompleted()
            {
            }

            public void OnError(Exception error)
            {
            }
        }

        public static class Observing
        {
            public static IDisposable Run(PoolSource source) => source.Subscribe(new HitObserver(SessionCache.Current.Hits));

            public static IDisposable Count(ThreadSource source) => source.Subscribe(new CountObserver());
        }
        """);
}
