using System.Threading.Tasks;

namespace Weft.Analyzers.Tests;

/// <summary>
/// Delegates that a callee hands back (issue 10, Calls: "worker-owned state … handed to another thread"; "a helper
/// that returns snapshot data"): a lambda a helper made over its parameters carries what the caller passed for them to
/// wherever it runs, and a local function that returns a variable it captured returns the caller's object, not a new
/// one. Each test fails on the engine before these rules.
/// </summary>
public sealed class ReturnedDelegateTests
{
    private const string Usings = """
        using System;
        using System.Collections.Generic;
        using System.Threading.Tasks;
        using Weft;
        using Weft.Slots;
        namespace App;

        """;

    [Fact]
    public Task A_helper_lambda_over_worker_state_handed_to_Task_Run_is_reported_where_it_is_handed_over() => Verifier.AnalyzeAsync<ThreadContextAnalyzer>(Usings + """
        [ThreadLocalSlot(Mode = SlotMode.PerWorker)]
        public sealed partial class Cache
        {
            public Dictionary<int, string> Owners { get; } = new();
        }

        public static class Rebalancer
        {
            public static Task RebalanceAsync(int shard) => Task.Run({|WEFT0004:Forget(Cache.Current, shard)|});

            public static Task CountAsync(int shard) => Task.Run(Forget(new Cache(), shard));

            private static Action Forget(Cache cache, int shard) => () => cache.Owners.Remove(shard);
        }
        """);

    [Fact]
    public Task A_helper_lambda_writing_what_it_was_given_writes_the_published_argument_when_invoked() => Verifier.AnalyzeAsync<PublishedObjectMutationAnalyzer>(Usings + """
        public static class Routes
        {
            public static void Publish(Slot<List<string>> slot)
            {
                var routes = new List<string> { "a" };
                Action add = Appender(routes, "b");
                add();
                slot.Publish(routes);
                {|WEFT0002:add()|};
            }

            public static void PublishCopy(Slot<List<string>> slot)
            {
                var routes = new List<string> { "a" };
                slot.Publish(routes);
                Action add = Appender(new List<string>(routes), "b");
                add();
            }

            private static Action Appender(List<string> list, string item) => () => list.Add(item);
        }
        """);

    [Fact]
    public Task A_factory_returning_a_captured_instance_through_a_local_function_shares_it_between_workers() => Verifier.AnalyzeAsync<BroadcastArgumentAnalyzer>(Usings + """
        [ThreadLocalSlot(Mode = SlotMode.PerWorker)]
        public sealed partial class Buffers
        {
            public Stack<byte[]> Free { get; } = new();
        }

        public static class Startup
        {
            public static void Configure(WorkerPool pool)
            {
                var warmed = new Buffers();
                Buffers.Initialize(pool, _ => {|WEFT0008:Warm()|});

                Buffers Warm() => warmed;
            }

            public static void ConfigureFresh(WorkerPool pool)
            {
                Buffers.Initialize(pool, _ => Make());

                static Buffers Make() => new Buffers();
            }
        }
        """);

    [Fact]
    public Task A_read_only_delegate_field_runs_its_initializer_lambda_where_it_is_invoked() => Verifier.AnalyzeAsync<SnapshotMutationAnalyzer>(Usings + """
        [ThreadLocalSlot]
        public sealed partial class Prefixes
        {
            public IReadOnlyList<string> All { get; init; } = new List<string>();
        }

        public sealed class Learner
        {
            private readonly Func<IReadOnlyList<string>> _current = () => Prefixes.Current.All;
            private readonly Func<IReadOnlyList<string>> _copy = () => new List<string>(Prefixes.Current.All);

            public void Learn(string prefix)
            {
                {|WEFT0003:((List<string>)_current()).Add(prefix)|};
                ((List<string>)_copy()).Add(prefix);
            }
        }
        """);

    [Fact]
    public Task A_read_only_delegate_field_handed_to_another_thread_runs_there() => Verifier.AnalyzeAsync<ThreadContextAnalyzer>(Usings + """
        [ThreadLocalSlot]
        public sealed partial record Routes(int Version);

        public sealed class Reporter
        {
            private static readonly Action Print = () => Console.WriteLine({|WEFT0005:Routes.Current|}.Version);
            private static readonly Action Hello = () => Console.WriteLine("hello");

            public static Task ReportAsync() => Task.WhenAll(Task.Run(Print), Task.Run(Hello));
        }
        """);

    [Fact]
    public Task A_lazy_factory_runs_where_its_value_is_read() => Verifier.AnalyzeAsync<ThreadContextAnalyzer>(Usings + """
        [ThreadLocalSlot(Mode = SlotMode.PerWorker)]
        public sealed partial class Cache
        {
            public Dictionary<int, string> Owners { get; } = new();
        }

        [ThreadLocalSlot]
        public sealed partial record Routes(int Version);

        public static class Stats
        {
            public static Task<int> CountLater()
            {
                var cache = Cache.Current;
                var total = new Lazy<int>(() => {|WEFT0004:cache|}.Owners.Count);
                return Task.Run(() => total.Value);
            }

            public static Task<int> VersionLater()
            {
                var version = new Lazy<int>(() => {|WEFT0005:Routes.Current|}.Version);
                return Task.Run(() => version.Value);
            }

            public static int CountHere()
            {
                var cache = Cache.Current;
                var total = new Lazy<int>(() => cache.Owners.Count);
                return total.Value;
            }
        }
        """);

    [Fact]
    public Task A_lazy_value_is_what_its_factory_returns() => Verifier.AnalyzeAsync<SnapshotMutationAnalyzer>(Usings + """
        [ThreadLocalSlot]
        public sealed partial class Hosts
        {
            public IReadOnlyList<string> All { get; init; } = new List<string>();
        }

        public static class Learner
        {
            public static void Learn(string host)
            {
                var shared = new Lazy<IReadOnlyList<string>>(() => Hosts.Current.All);
                {|WEFT0003:((List<string>)shared.Value).Add(host)|};
                var own = new Lazy<List<string>>(() => new List<string>(Hosts.Current.All));
                own.Value.Add(host);
            }
        }
        """);
}
