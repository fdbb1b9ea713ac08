using System.Linq;
using System.Threading.Tasks;
using Weft.Analyzers.Engine;

namespace Weft.Analyzers.Tests;

/// <summary>
/// The body screen (Engine/QuietBodies.cs) skips the graph and the run of a handler whose run would report nothing.
/// The first tests are the quiet shapes it must accept (the analyzer-time project's handler among them); each other
/// test breaks exactly one clause of the screen in a way the engine reports, and checks both that the screen refused
/// the body and that the report is there. With the clause removed the screen accepts the body: the report goes, and the
/// audit (on in this assembly) throws. Each test uses its own type name: the list of accepted bodies is per process.
/// </summary>
public sealed class QuietBodyTests
{
    private const string Types = """
        using System;
        using System.Collections.Generic;
        using System.Collections.Immutable;
        using System.Runtime.InteropServices;
        using System.Threading;
        using System.Threading.Tasks;
        using Weft;
        using Weft.Threading;
        namespace App;

        [ThreadLocalSlot] public sealed partial record Snapshot(int Version, ImmutableArray<string> Hosts);

        [ThreadLocalSlot(Mode = SlotMode.PerWorker)]
        public sealed partial class State
        {
            private readonly Dictionary<string, int> _counts = new();
            public List<string> Seen { get; } = new();
            [WorkerUpdate] void Bump(string key) => _counts[key] = _counts.GetValueOrDefault(key) + 1;
            [WorkerUpdate] void Drop(string key) => _counts.Remove(key);
            [WorkerUpdate] void Take(Counter counter) => _counts["taken"] = counter.Value;
            public int Count => _counts.Count;
        }

        public sealed record Counter(int Start)
        {
            public int Value { get; set; } = Start;
        }

        public static class Helpers
        {
            public static List<string> Seen() => State.Current.Seen;
        }

        """;

    private static bool Accepted(string method) => QuietBodies.AcceptedInAudit.Any(name => name.StartsWith(method + "(", System.StringComparison.Ordinal));

    [Fact]
    public async Task The_analyzer_time_projects_handler_is_accepted_and_reports_nothing()
    {
        await Verifier.AnalyzeAsync<WeftFlowAnalyzer>(Types + """
            public static class LoadShape
            {
                public static async Task<int> Handle0Async(WorkerPool pool, string key, int n)
                {
                    var next = new Snapshot(n, ImmutableArray.Create(key, "h0"));
                    await Snapshot.PublishAsync(pool, next);
                    await State.BumpOnAllWorkersAsync(pool, key);
                    int total = 0;
                    var done = new TaskCompletionSource<int>();
                    pool.Workers[0].Post(() =>
                    {
                        var snapshot = Snapshot.Current;
                        var state = State.Current;
                        total += snapshot.Hosts.Length + state.Count;
                        for (int i = 0; i < snapshot.Hosts.Length; i++)
                        {
                            if (snapshot.Hosts[i].Length > n) { total++; }
                        }

                        done.SetResult(total);
                    });
                    int result = await done.Task;
                    await State.DropOnAllWorkersAsync(pool, key);
                    return result + Interlocked.Increment(ref s_calls);
                }

                private static int s_calls;
            }
            """);
        Assert.True(Accepted("App.LoadShape.Handle0Async"), "the load project's handler was not accepted");
    }

    [Fact]
    public async Task A_handler_that_only_publishes_a_record_it_made_is_accepted()
    {
        await Verifier.AnalyzeAsync<WeftFlowAnalyzer>(Types + """
            public static class PublishOnly
            {
                public static async Task<int> ReloadAsync(WorkerPool pool, string host, int version)
                {
                    var hosts = ImmutableArray.Create(host);
                    await Snapshot.PublishAsync(pool, new Snapshot(version + 1, hosts));
                    return version + 1;
                }
            }
            """);
        Assert.True(Accepted("App.PublishOnly.ReloadAsync"), "the publishing handler was not accepted");
    }

    // Clause 1 (place and roles): a parameter the caller marks as its worker's own state, handed to another worker.
    [Fact]
    public async Task Clause_1_a_worker_owned_parameter_handed_to_another_worker_is_reported()
    {
        await Verifier.AnalyzeAsync<WeftFlowAnalyzer>(Types + """
            public static class PlaceClause
            {
                public static void Share(WorkerPool pool, [WorkerOwned] List<string> mine)
                {
                    pool.Workers[1].Post(s => Console.WriteLine(s.Count), {|WEFT0004:mine|});
                }
            }
            """);
        Assert.False(Accepted("App.PlaceClause.Share"), "a body with a [WorkerOwned] parameter was accepted");
    }

    // Clause 2 (no object written): an element of the published record's array changed through a view of it.
    [Fact]
    public async Task Clause_2_a_write_through_a_view_of_published_data_is_reported()
    {
        await Verifier.AnalyzeAsync<WeftFlowAnalyzer>(Types + """
            public static class WriteClause
            {
                public static async Task ReloadAsync(WorkerPool pool, string host, int version)
                {
                    var hosts = ImmutableArray.Create(host, "b");
                    await Snapshot.PublishAsync(pool, new Snapshot(version, hosts));
                    {|WEFT0002:ImmutableCollectionsMarshal.AsArray(hosts)![0] = "changed"|};
                }
            }
            """);
        Assert.False(Accepted("App.WriteClause.ReloadAsync"), "a body writing through a view was accepted");
    }

    // Clause 3 (no user code runs): a helper of the user's returns the worker's own list, which is handed on.
    [Fact]
    public async Task Clause_3_worker_state_a_source_helper_returns_handed_to_another_worker_is_reported()
    {
        await Verifier.AnalyzeAsync<WeftFlowAnalyzer>(Types + """
            public static class HelperClause
            {
                public static void Share(WorkerPool pool)
                {
                    pool.Workers[1].Post(s => Console.WriteLine(s.Count), {|WEFT0004:Helpers.Seen()|});
                }
            }
            """);
        Assert.False(Accepted("App.HelperClause.Share"), "a body calling a source helper was accepted");
    }

    // Clause 4 (clean values): a role member read in the body gives the worker's own state, which is handed on.
    [Fact]
    public async Task Clause_4_worker_state_read_in_the_body_and_handed_to_another_worker_is_reported()
    {
        await Verifier.AnalyzeAsync<WeftFlowAnalyzer>(Types + """
            public static class RoleReadClause
            {
                public static void Share(WorkerPool pool)
                {
                    var state = State.Current;
                    pool.Workers[1].Post(s => Console.WriteLine(s.Count), {|WEFT0004:state|});
                }
            }
            """);
        Assert.False(Accepted("App.RoleReadClause.Share"), "a body reading a role member was accepted");
    }

    // Clause 5 (awaits stay on the loop): with clauses 1-4 nothing the body holds is judged off the loop today (no worker,
    // snapshot or field object, no role read), so the engine reports nothing here either; the clause keeps any later
    // rule about state after ConfigureAwait(false) from being skipped. This pins that such a body is refused.
    [Fact]
    public async Task Clause_5_a_body_that_continues_off_the_loop_is_refused()
    {
        await Verifier.AnalyzeAsync<WeftFlowAnalyzer>(Types + """
            public static class AwaitClause
            {
                public static async Task<int> ReloadAsync(WorkerPool pool, string host, int version)
                {
                    await Task.Delay(1).ConfigureAwait(false);
                    await Snapshot.PublishAsync(pool, new Snapshot(version, ImmutableArray.Create(host)));
                    return version;
                }
            }
            """);
        Assert.False(Accepted("App.AwaitClause.ReloadAsync"), "a body awaiting with ConfigureAwait(false) was accepted");
    }

    // Clause 6 (published values immutable): a record with a settable property broadcast to every worker.
    [Fact]
    public async Task Clause_6_a_mutable_record_broadcast_to_every_worker_is_reported()
    {
        await Verifier.AnalyzeAsync<WeftFlowAnalyzer>(Types + """
            public static class BroadcastClause
            {
                public static async Task TakeAsync(WorkerPool pool, int start)
                {
                    var counter = new Counter(start);
                    await State.TakeOnAllWorkersAsync(pool, {|WEFT0007:counter|});
                }
            }
            """);
        Assert.False(Accepted("App.BroadcastClause.TakeAsync"), "a body broadcasting a mutable record was accepted");
    }

    // Clause 7 (posted lambdas quiet): the posted lambda changes a static from a worker.
    [Fact]
    public async Task Clause_7_a_posted_lambda_that_changes_a_static_is_reported()
    {
        await Verifier.AnalyzeAsync<WeftFlowAnalyzer>(Types + """
            public static class LambdaClause
            {
                public static void Count(WorkerPool pool)
                {
                    pool.Workers[0].Post(() => {|WEFT0006:s_posts++|});
                }

                private static int s_posts;
            }
            """);
        Assert.False(Accepted("App.LambdaClause.Count"), "a body posting a lambda that writes a static was accepted");
    }
}
