using System.Threading.Tasks;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Weft.Analyzers.Tests;

/// <summary>
/// The standard idioms of design.md, in one program, through every analyzer: none may report anything. Each rule thus
/// sees at least these twelve quiet idioms on top of its own quiet tests.
/// </summary>
public sealed class QuietIdiomTests
{
    private const string Idioms = """
        using System;
        using System.Collections.Concurrent;
        using System.Collections.Frozen;
        using System.Collections.Generic;
        using System.Collections.Immutable;
        using System.Threading;
        using System.Threading.Tasks;
        using Weft;
        using Weft.Threading;
        namespace App;

        public sealed record Route(string Prefix, string Cluster);
        public readonly record struct Limits(int MaxConnections, int MaxRequests);

        [ThreadLocalSlot]
        public sealed partial record RouteTable
        {
            public ImmutableArray<Route> Routes { get; init; }                                  // 1. init + ImmutableArray
            public FrozenDictionary<string, int> Weights { get; init; } = FrozenDictionary<string, int>.Empty; // 2. Frozen*
            public Limits Limits { get; init; }                                                  // 3. value type
            public int Version { get; init; }
        }

        [ThreadLocalSlot(Mode = SlotMode.PerWorker)]
        public sealed partial class ConnectionCache
        {
            private readonly Dictionary<string, int> _byHost = new();
            public int Count => _byHost.Count;
            [WorkerUpdate] void Evict(string host) => _byHost.Remove(host);                     // 4. per-worker state on its worker
            [WorkerUpdate] public void Touch(string host) => _byHost[host] = _byHost.GetValueOrDefault(host) + 1;
        }

        public static class Control
        {
            private static long s_published;
            private static readonly ConcurrentDictionary<string, int> s_seen = new();

            public static async Task ReloadAsync(WorkerPool pool, IEnumerable<Route> routes)
            {
                var builder = ImmutableArray.CreateBuilder<Route>();                              // 5. builder made immutable before publish
                foreach (Route route in routes)
                {
                    builder.Add(route);
                }

                var table = new RouteTable { Routes = builder.ToImmutable(), Version = 1 };      // 6. built on main before publishing
                await RouteTable.PublishAsync(pool, table);
                var next = table with { };                                                        // 7. with copies are new objects
                await RouteTable.PublishAsync(pool, new RouteTable { Routes = table.Routes.Add(new Route("/b", "b")), Version = 2 });
                Interlocked.Increment(ref s_published);                                           // 8. Interlocked / Volatile
                Volatile.Write(ref s_published, 0);
                await ConnectionCache.InitializeAsync(pool, _ => new ConnectionCache());         // 9. a fresh instance per thread
                await ConnectionCache.EvictOnAllWorkersAsync(pool, "10.0.0.7");
                long total = 0;
                await ConnectionCache.UpdateAllAsync(pool, c => Interlocked.Add(ref total, c.Count));
                _ = next;
            }

            public static void OnWorker(WorkerPool pool)
            {
                pool.Workers[0].Post(() =>
                {
                    RouteTable snapshot = RouteTable.Current;                                     // 10. reading a snapshot anywhere
                    int count = snapshot.Routes.Length;
                    Limits limits = snapshot.Limits;                                              // 11. value-type copies
                    limits = limits with { MaxConnections = 10 };
                    s_seen.AddOrUpdate("k", 1, (_, v) => v + 1);                                  // 12. concurrent collections
                    _ = Task.Run(() => snapshot.Routes.Length + count + limits.MaxConnections);
                    ConnectionCache.Current.Touch("x");
                });
            }
        }
        """;

    [Fact]
    public Task WEFT0001_is_quiet_on_the_idioms() => Verifier.AnalyzeAsync<SnapshotImmutabilityAnalyzer>(Idioms);

    [Fact]
    public Task WEFT0002_is_quiet_on_the_idioms() => Verifier.AnalyzeAsync<PublishedObjectMutationAnalyzer>(Idioms);

    [Fact]
    public Task WEFT0003_is_quiet_on_the_idioms() => Verifier.AnalyzeAsync<SnapshotMutationAnalyzer>(Idioms);

    [Fact]
    public Task WEFT0004_and_WEFT0005_are_quiet_on_the_idioms() => Verifier.AnalyzeAsync<ThreadContextAnalyzer>(Idioms);

    [Fact]
    public Task WEFT0006_is_quiet_on_the_idioms() => Verifier.AnalyzeAsync<StaticMutationAnalyzer>(Idioms);

    [Fact]
    public Task WEFT0007_and_WEFT0008_are_quiet_on_the_idioms() => Verifier.AnalyzeAsync<BroadcastArgumentAnalyzer>(Idioms);

    [Fact]
    public Task WEFT0100_to_WEFT0109_are_quiet_on_the_idioms() => Verifier.AnalyzeAsync<SlotDeclarationAnalyzer>(Idioms);
}
