using System.Threading.Tasks;

namespace Weft.Analyzers.Tests;

/// <summary>
/// The engine's transfer functions and summaries behind the last corpus misses and the published-field decision
/// (docs/rules/WEFT0002.md): each test pins one rule of the engine in the smallest form and fails on the engine
/// before it.
/// </summary>
public sealed class EngineRound3Tests
{
    private const string Usings = """
        using System;
        using System.Collections.Generic;
        using System.Collections.Immutable;
        using System.Collections.ObjectModel;
        using System.Threading.Tasks;
        using Weft;
        using Weft.Slots;
        namespace App;

        """;

    // ----- summaries carry what the callee made -----

    [Fact]
    public Task A_tuple_returned_by_a_callee_keeps_its_items_apart() => Verifier.AnalyzeAsync<PublishedObjectMutationAnalyzer>(Usings + """
        public static class Tables
        {
            public static void Publish(Slot<Dictionary<string, int>> slot)
            {
                var pair = Build();
                slot.Publish(pair.Weights);
                var (weights, order) = pair;
                {|WEFT0002:weights["late"] = 1|};
                order.Add("late");
                pair.Order.Add("later");
            }

            private static (Dictionary<string, int> Weights, List<string> Order) Build() => (new Dictionary<string, int>(), new List<string>());
        }
        """);

    [Fact]
    public Task An_object_a_callee_made_is_a_new_object_at_each_call() => Verifier.AnalyzeAsync<PublishedObjectMutationAnalyzer>(Usings + """
        public static class Lists
        {
            public static void Publish(Slot<List<string>> slot)
            {
                var first = Make();
                slot.Publish(first);
                {|WEFT0002:first.Add("late")|};
                var second = Make();
                second.Add("fine");
            }

            private static List<string> Make()
            {
                var made = new List<string>();
                made.Add("seed");
                return made;
            }
        }
        """);

    [Fact]
    public Task An_element_of_the_receivers_field_left_in_an_out_parameter_is_the_receivers_memory() => Verifier.AnalyzeAsync<SnapshotMutationAnalyzer>(Usings + """
        public sealed class Route { public int Hits { get; set; } }

        [ThreadLocalSlot]
        public sealed partial class Routes
        {
            public ImmutableArray<Route> All { get; init; }

            public bool TryFirst(out Route? route)
            {
                foreach (var candidate in All)
                {
                    route = candidate;
                    return true;
                }

                route = null;
                return false;
            }
        }

        public static class Router
        {
            public static void Count()
            {
                if (Routes.Current.TryFirst(out var route))
                {
                    {|WEFT0003:route!.Hits++|};
                }
            }
        }
        """);

    // ----- a field's object that an earlier call published (docs/rules/WEFT0002.md, "Published fields") -----

    [Fact]
    public Task A_write_above_the_publish_changes_what_the_previous_call_published() => Verifier.AnalyzeAsync<PublishedObjectMutationAnalyzer>(Usings + """
        public sealed class Names(Slot<ReadOnlyCollection<string>> slot)
        {
            private readonly List<string> _names = new();
            private List<string> _fresh = new();
            private List<string> _sometimes = new();

            public void Publish(string first)
            {
                {|WEFT0002:_names.Add(first)|};
                slot.Publish(_names.AsReadOnly());
            }

            // A new list every call: the one an earlier call published is never written again.
            public void PublishFresh(string first)
            {
                _fresh = new List<string>();
                _fresh.Add(first);
                slot.Publish(_fresh.AsReadOnly());
            }

            // A new list on one path only: on the other the add changes the list the previous call published.
            public void PublishSometimesFresh(string first, bool reset)
            {
                if (reset)
                {
                    _sometimes = new List<string>();
                }

                {|WEFT0002:_sometimes.Add(first)|};
                slot.Publish(_sometimes.AsReadOnly());
            }
        }
        """);

    // ----- [PassedToCallback]: the attribute says which argument reaches the callback, not the signature -----

    [Fact]
    public Task An_argument_marked_passed_to_callback_goes_where_the_callback_runs() => Verifier.AnalyzeAsync<ThreadContextAnalyzer>(Usings + """
        [ThreadLocalSlot(Mode = SlotMode.PerWorker)]
        public sealed partial class Samples { public List<double> All { get; } = new(); }

        public static class Background
        {
            public static void Run([RunsOnAnotherThread] Action<object?> callback, [PassedToCallback] object? state) => System.Threading.ThreadPool.QueueUserWorkItem(callback, state, false);

            // The generic argument is only a fallback the method keeps: nothing says the callback gets it.
            public static void RunOr<T>([RunsOnAnotherThread] Action<T> callback, T fallback) { }
        }

        public static class Reporter
        {
            public static void Report()
            {
                var samples = Samples.Current;
                Background.Run(static s => Console.WriteLine(s), {|WEFT0004:samples|});
                Background.RunOr(static (List<double> s) => Console.WriteLine(s.Count), samples.All);
            }
        }
        """);

    // ----- awaits that may not resume on the loop (docs/rules/WEFT0005.md) -----

    [Fact]
    public Task Configure_await_options_and_await_using_leave_the_loop_unless_they_keep_the_context() => Verifier.AnalyzeAsync<ThreadContextAnalyzer>(Usings + """
        [ThreadLocalSlot]
        public sealed partial class Limits { public int Max { get; init; } }

        public sealed class Lease : IAsyncDisposable { public ValueTask DisposeAsync() => default; }

        public static class Reader
        {
            public static async Task<int> Options(Task work)
            {
                await work.ConfigureAwait(ConfigureAwaitOptions.ContinueOnCapturedContext);
                int kept = Limits.Current.Max;
                await work.ConfigureAwait(ConfigureAwaitOptions.None);
                return kept + {|WEFT0005:Limits.Current|}.Max;
            }

            public static async Task<int> Using(Lease lease)
            {
                await using (lease.ConfigureAwait(false))
                {
                }

                return {|WEFT0005:Limits.Current|}.Max;
            }
        }
        """);

    // ----- round 3 (docs-only corpus): false alarms -----

    private const string ComputedCache = """
        [ThreadLocalSlot(Mode = SlotMode.PerWorker)]
        public sealed partial class Cache
        {
            private readonly Dictionary<string, int> _byHost = new();

            public Dictionary<string, int> ByHost => _byHost;

            public void Trim() => _byHost.Clear();
        }

        """;

    [Fact]
    public Task A_field_a_getter_returns_is_the_memory_of_the_instance_it_is_read_from() => Verifier.AnalyzeAsync<BroadcastArgumentAnalyzer>(Usings + ComputedCache + """
        public static class Warmup
        {
            public static Task SeedAsync(WorkerPool pool, string host) =>
                Cache.UpdateAllAsync(pool, cache =>
                {
                    cache.ByHost[host] = 0;
                    cache.ByHost.TryAdd(host + ":tls", 0);
                });

            public static void Build(WorkerPool pool, Cache shared) =>
                Cache.Initialize(pool, _ =>
                {
                    var cache = new Cache();
                    cache.ByHost["seed"] = 1;
                    {|WEFT0008:shared.ByHost["seed"] = 1|};
                    return cache;
                });
        }
        """);

    [Fact]
    public Task A_thread_static_field_read_on_another_thread_is_that_threads_own() => Verifier.AnalyzeAsync<ThreadContextAnalyzer>(Usings + ComputedCache + """
        public static class Holder
        {
            [ThreadStatic]
            private static Cache? s_cache;

            private static Cache? s_shared;

            public static void Remember()
            {
                s_cache = Cache.Current;
                s_shared = Cache.Current;
            }

            public static Task FlushAsync() => Task.Run(() => s_cache?.Trim());

            public static Task FlushSharedAsync() => Task.Run(() => {|WEFT0004:s_shared|}?.Trim());

            public static Task FlushHereAsync()
            {
                s_cache = Cache.Current;
                return Task.Run(() => s_cache?.Trim());
            }
        }
        """);

    // ----- round 3: misses -----

    [Fact]
    public Task A_struct_copy_carries_the_objects_it_holds_to_another_thread() => Verifier.AnalyzeAsync<ThreadContextAnalyzer>(Usings + ComputedCache + """
        public readonly record struct HostView(Dictionary<string, int> Hosts);

        public readonly record struct Totals(int Hosts, string Name);

        public static class Job
        {
            public static Task TupleAsync(string host)
            {
                var work = (Cache: Cache.Current, Host: host);
                return Task.Run(() => {|WEFT0004:work|}.Cache.Trim());
            }

            public static Task RecordStructAsync()
            {
                var view = new HostView(Cache.Current.ByHost);
                return Task.Run(() => {|WEFT0004:view|}.Hosts.Clear());
            }

            public static Task CopiesAsync()
            {
                var totals = new Totals(Cache.Current.ByHost.Count, "x");
                foreach (var pair in Cache.Current.ByHost)
                {
                    return Task.Run(() => Console.WriteLine(pair.Key + pair.Value + totals.Hosts));
                }

                return Task.CompletedTask;
            }
        }
        """);

    [Fact]
    public Task A_fluent_mutator_returns_the_object_it_changed_not_what_it_was_given() => Verifier.AnalyzeAsync<SnapshotMutationAnalyzer>(Usings + """
        public sealed class Endpoint { public System.Net.IPEndPoint? Address { get; init; } }

        [ThreadLocalSlot]
        public sealed partial class Table { public ImmutableArray<Endpoint> Endpoints { get; init; } }

        public static class Dump
        {
            public static string Text()
            {
                var text = new System.Text.StringBuilder();
                foreach (Endpoint e in Table.Current.Endpoints)
                {
                    text.Append("x").Append(e.Address).Append("::").Append('\n');
                }

                return text.ToString();
            }
        }
        """);

    [Fact]
    public Task Builders_random_shuffles_and_a_using_dispose_are_writes() => Verifier.AnalyzeAsync<PublishedObjectMutationAnalyzer>(Usings + """
        public sealed class Lease : IDisposable
        {
            private readonly List<byte[]> _buffers = new();

            public void Dispose() => _buffers.Clear();
        }

        public static class Writers
        {
            public static void Builder(Slot<ImmutableArray<string>.Builder> slot)
            {
                var builder = ImmutableArray.CreateBuilder<string>();
                slot.Publish(builder);
                {|WEFT0002:builder.Add("late")|};
            }

            public static void Shuffle(Slot<string[]> slot, string[] hosts)
            {
                slot.Publish(hosts);
                {|WEFT0002:Random.Shared.Shuffle(hosts)|};
            }

            public static void Using(Slot<Lease> slot)
            {
                using var {|WEFT0002:lease = new Lease()|};
                slot.Publish(lease);
            }
        }
        """);

    [Fact]
    public Task A_per_worker_types_own_fields_are_worker_state_off_its_thread() => Verifier.AnalyzeAsync<ThreadContextAnalyzer>(Usings + """
        [ThreadLocalSlot(Mode = SlotMode.PerWorker)]
        public sealed partial class Cache
        {
            private readonly Dictionary<string, int> _byHost = new();
            private readonly string _name = "cache";

            [WorkerUpdate]
            private void Forget(string host) => Task.Run(() => {|WEFT0004:_byHost|}.Remove(host));

            [WorkerUpdate]
            private void Log() => Task.Run(() => Console.WriteLine(_name));
        }
        """);
}
