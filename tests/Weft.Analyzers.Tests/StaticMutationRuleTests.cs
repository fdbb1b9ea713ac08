using System.Threading.Tasks;
using Weft.CodeFixes;

namespace Weft.Analyzers.Tests;

/// <summary>WEFT0006 and its Interlocked fix.</summary>
public sealed class StaticMutationRuleTests
{
    [Fact]
    public Task Non_atomic_writes_from_worker_code_are_reported() => Verifier.AnalyzeAsync<StaticMutationAnalyzer>("""
        using System.Collections.Generic;
        using Weft;
        using Weft.Threading;
        namespace App;

        public static class Totals
        {
            public static int s_requests;
            public static long s_bytes;
            public static readonly List<string> s_seen = new();
            public static volatile int s_flag;
        }

        [ThreadLocalSlot(Mode = SlotMode.PerWorker)]
        public sealed partial class Cache
        {
            [WorkerUpdate] void Hit() { {|WEFT0006:Totals.s_requests++|}; }
            public void Record(int n) { {|WEFT0006:Totals.s_bytes += n|}; {|WEFT0006:Totals.s_seen.Add("x")|}; }
        }

        public sealed class Handler
        {
            private volatile int _inFlight;
            public void Run(WorkerPool pool)
            {
                pool.Workers[0].Post(() => { {|WEFT0006:--Totals.s_requests|}; });
                {|WEFT0006:_inFlight++|};
                {|WEFT0006:Totals.s_flag += 2|};
            }
        }
        """);

    [Fact]
    public Task Atomic_and_unshared_updates_are_quiet() => Verifier.AnalyzeAsync<StaticMutationAnalyzer>("""
        using System.Collections.Concurrent;
        using System.Threading;
        using Weft;
        namespace App;

        public static class Totals
        {
            public static int s_requests;
            public static readonly ConcurrentDictionary<string, int> s_seen = new();
            public static int s_startupCount;
        }

        [ThreadLocalSlot(Mode = SlotMode.PerWorker)]
        public sealed partial class Cache
        {
            private int _local;
            [WorkerUpdate] void Hit()
            {
                Interlocked.Increment(ref Totals.s_requests);
                Volatile.Write(ref Totals.s_requests, 0);
                Totals.s_seen.TryAdd("x", 1);
                _local++;
                int copy = Totals.s_requests;
                copy++;
            }
        }

        public static class Startup
        {
            // Not worker code: main runs it once.
            public static void Configure() { Totals.s_startupCount++; }
        }
        """);

    [Fact]
    public Task Thread_static_fields_belong_to_their_thread_and_aliases_of_shared_statics_do_not() => Verifier.AnalyzeAsync<StaticMutationAnalyzer>("""
        using System;
        using System.Collections.Generic;
        using Weft;
        namespace App;

        public static class Totals
        {
            [ThreadStatic] public static int t_requests;
            [ThreadStatic] private static List<string>? t_seen;
            public static readonly List<string> s_seen = new();
            public static List<string> Seen => t_seen ??= new();
        }

        [ThreadLocalSlot(Mode = SlotMode.PerWorker)]
        public sealed partial class Cache
        {
            [WorkerUpdate] void Hit()
            {
                Totals.t_requests++;
                Totals.Seen.Add("mine");
                var shared = Totals.s_seen;
                {|WEFT0006:shared.Add("everyone's")|};
            }
        }
        """);

    [Fact]
    public Task Increments_and_additions_become_interlocked() => Verifier.FixAsync<StaticMutationAnalyzer, InterlockedCodeFix>("""
        using System.Threading;
        using Weft;
        namespace App;
        public static class Totals { public static int s_requests; public static long s_bytes; }
        [ThreadLocalSlot(Mode = SlotMode.PerWorker)]
        public sealed partial class Cache
        {
            [WorkerUpdate] void Hit(int n)
            {
                {|WEFT0006:Totals.s_requests++|};
                {|WEFT0006:Totals.s_bytes += n|};
                {|WEFT0006:Totals.s_bytes -= 2|};
            }
        }
        """, """
        using System.Threading;
        using Weft;
        namespace App;
        public static class Totals { public static int s_requests; public static long s_bytes; }
        [ThreadLocalSlot(Mode = SlotMode.PerWorker)]
        public sealed partial class Cache
        {
            [WorkerUpdate] void Hit(int n)
            {
                Interlocked.Increment(ref Totals.s_requests);
                Interlocked.Add(ref Totals.s_bytes, n);
                Interlocked.Add(ref Totals.s_bytes, -(2));
            }
        }
        """);
}
