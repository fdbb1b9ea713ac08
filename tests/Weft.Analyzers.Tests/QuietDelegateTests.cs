using System.Threading.Tasks;

namespace Weft.Analyzers.Tests;

/// <summary>
/// The engine skips a lambda posted to a loop, graph and run, when it can tell the rules nothing
/// (Engine/QuietDelegates.cs). Each test is the quiet shape the analyzer-time project posts from every handler
/// (reads of <c>Current</c>, a captured counter, a library call on an object the handler made) with one thing added
/// that does reach a rule: each must still be reported, so each fails when the screen lets that one thing through.
/// </summary>
public sealed class QuietDelegateTests
{
    private const string Types = """
        using System;
        using System.Collections.Generic;
        using System.Threading.Tasks;
        using Weft;
        using Weft.Threading;
        namespace App;

        [ThreadLocalSlot]
        public sealed partial class Catalog
        {
            public List<string> Items { get; } = new();
            public int Length => Items.Count;
            public int Touched { get { Items.Add("seen"); return Items.Count; } }
        }

        [ThreadLocalSlot(Mode = SlotMode.PerWorker)]
        public sealed partial class Tally
        {
            private readonly Dictionary<string, int> _counts = new();
            public int Count => _counts.Count;
        }

        """;

    [Fact]
    public Task The_quiet_shape_itself_reports_nothing() => Verifier.AnalyzeAsync<ThreadContextAnalyzer>(Types + """
        public static class Handlers
        {
            public static async Task<int> HandleAsync(WorkerPool pool, int n)
            {
                int total = 0;
                var done = new TaskCompletionSource<int>();
                pool.Workers[0].Post(() =>
                {
                    var catalog = Catalog.Current;
                    var tally = Tally.Current;
                    total += catalog.Length + tally.Count;
                    for (int i = 0; i < catalog.Items.Count; i++)
                    {
                        if (catalog.Items[i].Length > n) { total++; }
                    }

                    done.SetResult(total);
                });
                return await done.Task;
            }
        }
        """);

    [Fact]
    public Task Worker_state_captured_from_the_handler_and_posted_to_another_worker_is_reported() => Verifier.AnalyzeAsync<ThreadContextAnalyzer>(Types + """
        public static class Handlers
        {
            public static async Task<int> HandleAsync(WorkerPool pool)
            {
                int total = 0;
                var done = new TaskCompletionSource<int>();
                var tally = Tally.Current;
                pool.Workers[0].Post(() =>
                {
                    total += {|WEFT0004:tally|}.Count;
                    done.SetResult(total);
                });
                return await done.Task;
            }
        }
        """);

    [Fact]
    public Task A_library_mutator_on_a_snapshot_in_a_posted_lambda_is_reported() => Verifier.AnalyzeAsync<SnapshotMutationAnalyzer>(Types + """
        public static class Handlers
        {
            public static void Handle(WorkerPool pool)
            {
                pool.Workers[0].Post(() =>
                {
                    var catalog = Catalog.Current;
                    {|WEFT0003:catalog.Items.Add("x")|};
                });
            }
        }
        """);

    [Fact]
    public Task A_source_getter_that_writes_a_snapshot_read_in_a_posted_lambda_is_reported() => Verifier.AnalyzeAsync<SnapshotMutationAnalyzer>(Types + """
        public static class Handlers
        {
            public static Task<int> Handle(WorkerPool pool)
            {
                var done = new TaskCompletionSource<int>();
                pool.Workers[0].Post(() =>
                {
                    var catalog = Catalog.Current;
                    done.SetResult({|WEFT0003:catalog.Touched|});
                });
                return done.Task;
            }
        }
        """);

    [Fact]
    public Task A_static_field_holding_worker_state_read_in_a_posted_lambda_is_reported() => Verifier.AnalyzeAsync<ThreadContextAnalyzer>(Types + """
        public static class Handlers
        {
            private static Tally? s_last;

            [WorkerUpdate]
            public static void Remember() => s_last = Tally.Current;

            public static Task<int> Handle(WorkerPool pool)
            {
                var done = new TaskCompletionSource<int>();
                pool.Workers[0].Post(() =>
                {
                    done.SetResult({|WEFT0004:s_last|}!.Count);
                });
                return done.Task;
            }
        }
        """);

    [Fact]
    public Task A_captured_counter_changed_in_a_callback_run_on_every_thread_is_reported() => Verifier.AnalyzeAsync<BroadcastArgumentAnalyzer>(Types + """
        public static class Handlers
        {
            public static async Task<int> CountAsync(WorkerPool pool)
            {
                int total = 0;
                await Tally.UpdateAllAsync(pool, t => {|WEFT0008:total += t.Count|});
                return total;
            }
        }
        """);
}
