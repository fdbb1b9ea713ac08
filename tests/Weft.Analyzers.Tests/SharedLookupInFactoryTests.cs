using System.Threading.Tasks;

namespace Weft.Analyzers.Tests;

/// <summary>
/// Per-worker factories that hand every worker one object through a library lookup, and statics whose elements every
/// worker shares: <c>ConcurrentDictionary.GetOrAdd</c> returns an element of the dictionary (one object per key: with a
/// constant key every worker gets the first one's; the list or box a static map holds is written from every worker at
/// once, WEFT0006), unless the key is made from the factory's own argument (a different element on each thread);
/// <c>LazyInitializer.EnsureInitialized(ref s)</c> returns what the variable holds (a static: one object for all); a
/// library struct's method not marked <c>readonly</c> called on a captured struct (<c>names.MoveNext()</c>) changes
/// the captured variable from every thread. Each fails on the engine before (corpus PerWorkerCallbacks/Round5
/// GetOrAddConstantKey, LazyInitializerSingleton, CapturedEnumeratorHandsOutNames; StaticWrites/Round5
/// ConcurrentDictionaryOfLists, Round7 StrongBoxInConcurrentMap).
/// </summary>
public sealed class SharedLookupInFactoryTests
{
    private const string Types = """
        using System;
        using System.Collections.Concurrent;
        using System.Collections.Generic;
        using System.Runtime.CompilerServices;
        using System.Threading;
        using Weft;
        using Weft.Threading;
        namespace App;

        [ThreadLocalSlot(Mode = SlotMode.PerWorker)]
        public sealed partial class HostCache
        {
            public readonly Dictionary<string, int> ByHost = new();
            public string Name { get; init; } = "";
        }

        """;

    [Fact]
    public Task Factories_handing_out_one_looked_up_object_are_reported() => Verifier.AnalyzeAsync<BroadcastArgumentAnalyzer>(Types + """
        public static class Setup
        {
            private static HostCache? s_instance;

            public static void ByConstantKey(WorkerPool pool, ConcurrentDictionary<string, HostCache> registry) =>
                HostCache.Initialize(pool, _ => {|WEFT0008:registry.GetOrAdd("shared", _ => new HostCache())|});

            public static void ByCapturedKey(WorkerPool pool, ConcurrentDictionary<string, HostCache> registry, string zone) =>
                HostCache.Initialize(pool, _ => {|WEFT0008:registry.GetOrAdd(zone, new HostCache())|});

            public static void Singleton(WorkerPool pool) =>
                HostCache.Initialize(pool, _ => {|WEFT0008:LazyInitializer.EnsureInitialized(ref s_instance)|});

            public static void Enumerated(WorkerPool pool, List<string> available)
            {
                List<string>.Enumerator names = available.GetEnumerator();
                HostCache.Initialize(pool, _ =>
                {
                    {|WEFT0008:names.MoveNext()|};
                    return new HostCache { Name = names.Current };
                });
            }
        }
        """);

    [Fact]
    public Task Factories_keyed_by_their_worker_or_with_their_own_variables_are_quiet() => Verifier.AnalyzeAsync<BroadcastArgumentAnalyzer>(Types + """
        public static class Setup
        {
            public static void ByWorker(WorkerPool pool, ConcurrentDictionary<string, HostCache> registry) =>
                HostCache.Initialize(pool, worker => registry.GetOrAdd(worker.Name, _ => new HostCache()));

            public static void ByWorkerKey(WorkerPool pool, ConcurrentDictionary<string, HostCache> registry) =>
                HostCache.Initialize(pool, worker => registry.GetOrAdd("cache-" + worker.Name, new HostCache()));

            public static void OwnVariable(WorkerPool pool) =>
                HostCache.Initialize(pool, _ =>
                {
                    HostCache? mine = null;
                    return LazyInitializer.EnsureInitialized(ref mine);
                });

            public static void OwnEnumerator(WorkerPool pool, List<string> available) =>
                HostCache.Initialize(pool, _ =>
                {
                    List<string>.Enumerator names = available.GetEnumerator();
                    names.MoveNext();
                    return new HostCache { Name = names.Current };
                });

            public static void Queue(WorkerPool pool, List<string> available)
            {
                var names = new ConcurrentQueue<string>(available);
                HostCache.Initialize(pool, _ => new HostCache { Name = names.TryDequeue(out string? name) ? name : "spare" });
            }
        }
        """);

    [Fact]
    public Task Lists_and_boxes_a_static_concurrent_map_hands_every_worker_are_reported_when_changed() => Verifier.AnalyzeAsync<StaticMutationAnalyzer>(Types + """
        [ThreadLocalSlot(Mode = SlotMode.PerWorker)]
        public sealed partial class Placement
        {
            private static readonly ConcurrentDictionary<string, List<string>> s_byZone = new();
            private static readonly ConcurrentDictionary<string, StrongBox<long>> s_byHost = new();

            [WorkerUpdate]
            private void Place(string zone, string host)
            {
                {|WEFT0006:s_byZone.GetOrAdd(zone, _ => new List<string>()).Add(host)|};
                var box = s_byHost.GetOrAdd(host, static _ => new StrongBox<long>());
                {|WEFT0006:box.Value++|};
            }
        }
        """);

    [Fact]
    public Task Thread_safe_changes_to_what_a_static_concurrent_map_holds_are_quiet() => Verifier.AnalyzeAsync<StaticMutationAnalyzer>(Types + """
        [ThreadLocalSlot(Mode = SlotMode.PerWorker)]
        public sealed partial class Placement
        {
            private static readonly ConcurrentDictionary<string, ConcurrentBag<string>> s_byZone = new();
            private static readonly ConcurrentDictionary<string, StrongBox<long>> s_byHost = new();

            [WorkerUpdate]
            private void Place(string zone, string host)
            {
                s_byZone.GetOrAdd(zone, _ => new ConcurrentBag<string>()).Add(host);
                var box = s_byHost.GetOrAdd(host, static _ => new StrongBox<long>());
                Interlocked.Increment(ref box.Value);
            }
        }
        """);
}
