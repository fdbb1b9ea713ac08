using System.Threading.Tasks;

namespace Weft.Analyzers.Tests;

/// <summary>
/// The engine's rules behind the fourth docs-only corpus round's misses (docs/rules/WEFT0002.md, WEFT0003.md: "a write
/// is any change"): library destinations, refs a library hands back, primary-constructor parameters and objects that
/// keep snapshot data given to them. Each test pins one rule in the smallest form and fails on the engine before it.
/// </summary>
public sealed class EngineRound4Tests
{
    private const string Usings = """
        using System;
        using System.Buffers.Binary;
        using System.Collections.Generic;
        using System.Runtime.CompilerServices;
        using System.Runtime.InteropServices;
        using System.Text;
        using Weft;
        using Weft.Slots;
        namespace App;

        """;

    [Fact]
    public Task A_library_call_writing_into_a_span_of_a_published_array_is_a_write() => Verifier.AnalyzeAsync<PublishedObjectMutationAnalyzer>(Usings + """
        public static class Frames
        {
            public static void Publish(Slot<byte[]> slot, string date, uint version)
            {
                var template = new byte[128];
                slot.Publish(template);
                {|WEFT0002:Encoding.ASCII.GetBytes(date, template.AsSpan(32))|};
                {|WEFT0002:BinaryPrimitives.WriteUInt32BigEndian(template.AsSpan(64), version)|};
                BinaryPrimitives.ReadUInt32BigEndian(template.AsSpan(64));
                template.AsSpan().IndexOf((byte)0);
            }
        }
        """);

    [Fact]
    public Task A_library_call_filling_a_published_array_argument_is_a_write() => Verifier.AnalyzeAsync<PublishedObjectMutationAnalyzer>(Usings + """
        public static class Frames
        {
            public static void Publish(Slot<byte[]> slot)
            {
                var template = new byte[128];
                slot.Publish(template);
                {|WEFT0002:Random.Shared.NextBytes(template)|};
            }
        }
        """);

    [Fact]
    public Task GetValueRefOrAddDefault_adds_to_the_dictionary_it_is_given() => Verifier.AnalyzeAsync<PublishedObjectMutationAnalyzer>(Usings + """
        public static class Counts
        {
            public static void Publish(Slot<Dictionary<string, int>> slot)
            {
                var counts = new Dictionary<string, int>();
                slot.Publish(counts);
                CollectionsMarshal.GetValueRefOrNullRef(counts, "a");
                {|WEFT0002:CollectionsMarshal.GetValueRefOrAddDefault(counts, "fallback", out _)|};
            }
        }
        """);

    [Fact]
    public Task A_write_through_Unsafe_AsRef_of_a_published_objects_field_is_a_write() => Verifier.AnalyzeAsync<PublishedObjectMutationAnalyzer>(Usings + """
        public sealed class Limits
        {
            public readonly int MaxConnections = 8;
        }

        public static class Tuning
        {
            public static void Publish(Slot<Limits> slot)
            {
                var limits = new Limits();
                slot.Publish(limits);
                {|WEFT0002:Unsafe.AsRef(in limits.MaxConnections) = 16|};
            }
        }
        """);

    [Fact]
    public Task A_primary_constructor_parameter_the_type_publishes_is_published_state() => Verifier.AnalyzeAsync<PublishedObjectMutationAnalyzer>(Usings + """
        public sealed class AllowList(Slot<HashSet<string>> slot, HashSet<string> allowed)
        {
            public void Publish() => slot.Publish(allowed);

            public void Allow(string host) => {|WEFT0002:allowed.Add(host)|};
        }
        """);

    [Fact]
    public Task An_object_given_snapshot_data_and_told_to_change_it_writes_the_snapshot() => Verifier.AnalyzeAsync<SnapshotMutationAnalyzer>(Usings + """
        public sealed class Node
        {
            public int Strikes { get; set; }
        }

        public sealed class CapturingCounter(Node node)
        {
            public void Strike() => node.Strikes++;
        }

        public sealed class FieldCounter
        {
            private readonly Node _node;

            public FieldCounter(Node node) => _node = node;

            public void Strike() => _node.Strikes++;
        }

        [ThreadLocalSlot]
        public sealed partial class Topology
        {
            public Node Primary { get; init; } = new();
        }

        public static class Failures
        {
            public static void OnFailure()
            {
                var captured = new CapturingCounter(Topology.Current.Primary);
                {|WEFT0003:captured.Strike()|};
                var held = new FieldCounter(Topology.Current.Primary);
                {|WEFT0003:held.Strike()|};
                var own = new FieldCounter(new Node());
                own.Strike();
            }
        }
        """);

    [Fact]
    public Task A_tuple_assignment_into_snapshot_elements_writes_the_snapshot() => Verifier.AnalyzeAsync<SnapshotMutationAnalyzer>(Usings + """
        [ThreadLocalSlot]
        public sealed partial class RoundRobin
        {
            public string[] Order { get; init; } = [];
        }

        public static class Picker
        {
            public static string Next(int turn)
            {
                string[] order = RoundRobin.Current.Order;
                ({|WEFT0003:order[0]|}, {|WEFT0003:order[1]|}) = (order[1], order[0]);
                string first = order[0];
                string second = order[1];
                (first, second) = (second, first);
                return first;
            }
        }
        """);

    [Fact]
    public Task Static_fields_updated_by_a_tuple_assignment_or_through_a_ref_local_in_worker_code_race() => Verifier.AnalyzeAsync<StaticMutationAnalyzer>(Usings + """
        [ThreadLocalSlot(Mode = SlotMode.PerWorker)]
        public sealed partial class Counter
        {
            private static long s_requests;
            private static long s_bytes;
            private long _mine;

            [WorkerUpdate]
            void Count(long bytes)
            {
                _mine += bytes;
                ({|WEFT0006:s_requests|}, {|WEFT0006:s_bytes|}) = (s_requests + 1, s_bytes + bytes);
                ref long total = ref s_bytes;
                {|WEFT0006:total += bytes|};
            }
        }
        """);

    [Fact]
    public Task A_local_function_used_before_a_publish_and_called_again_after_it_writes_the_published_object() => Verifier.AnalyzeAsync<PublishedObjectMutationAnalyzer>(Usings + """
        public static class Rules
        {
            public static void Reload(Slot<List<string>> slot, IReadOnlyList<string> lines)
            {
                var rules = new List<string>();
                void Accept(string line) => {|WEFT0002:rules.Add(line.Trim())|};
                foreach (var line in lines)
                {
                    Accept(line);
                }

                slot.Publish(rules);
                Accept("# reloaded");
            }
        }
        """);

    [Fact]
    public Task A_helper_writing_the_elements_of_its_params_array_writes_the_arguments() => Verifier.AnalyzeAsync<SnapshotMutationAnalyzer>(Usings + """
        public sealed class Node
        {
            public int Strikes { get; set; }
        }

        [ThreadLocalSlot]
        public sealed partial class Topology
        {
            public Node Primary { get; init; } = new();
        }

        public static class NodeOps
        {
            public static void Reset(params Node[] nodes)
            {
                foreach (var node in nodes)
                {
                    node.Strikes = 0;
                }
            }

            public static void Sort(params Node[] nodes) => Array.Reverse(nodes);
        }

        public static class Failover
        {
            public static void OnRecovered()
            {
                {|WEFT0003:NodeOps.Reset(Topology.Current.Primary, new Node())|};
                NodeOps.Reset(new Node(), new Node());
                NodeOps.Sort(Topology.Current.Primary, new Node());
            }
        }
        """);

    [Fact]
    public Task Elements_an_iterator_yields_from_the_snapshot_are_snapshot_data_to_its_callers() => Verifier.AnalyzeAsync<SnapshotMutationAnalyzer>(Usings + """
        public sealed class Node
        {
            public bool Healthy { get; set; }
            public int Strikes { get; set; }
        }

        [ThreadLocalSlot]
        public sealed partial class ClusterMap
        {
            public List<Node> Nodes { get; init; } = new();
        }

        public static class Sweeper
        {
            private static IEnumerable<Node> Unhealthy()
            {
                foreach (var node in ClusterMap.Current.Nodes)
                {
                    if (!node.Healthy)
                    {
                        yield return node;
                    }
                }
            }

            private static async IAsyncEnumerable<Node> UnhealthyAsync()
            {
                await System.Threading.Tasks.Task.Yield();
                foreach (var node in ClusterMap.Current.Nodes)
                {
                    yield return node;
                }
            }

            private static IEnumerable<Node> Fresh()
            {
                yield return new Node();
            }

            public static async System.Threading.Tasks.Task Sweep()
            {
                foreach (var node in Unhealthy())
                {
                    {|WEFT0003:node.Strikes++|};
                }

                await foreach (var node in UnhealthyAsync())
                {
                    {|WEFT0003:node.Strikes++|};
                }

                foreach (var node in Fresh())
                {
                    node.Strikes++;
                }
            }
        }
        """);

    [Fact]
    public Task A_published_projecting_query_keeps_its_source_published() => Verifier.AnalyzeAsync<PublishedObjectMutationAnalyzer>(Usings + """
        public static class Feed
        {
            public static void Publish(Slot<IEnumerable<string>> slot, List<string> hosts, List<string> others)
            {
                slot.Publish(System.Linq.Enumerable.Skip(System.Linq.Enumerable.Select(hosts, h => h.ToLowerInvariant()), 1));
                {|WEFT0002:hosts.Add("late")|};
                slot.Publish(System.Linq.Enumerable.ToList(System.Linq.Enumerable.Select(others, h => h.ToLowerInvariant())));
                others.Add("fine");
            }
        }
        """);

    [Fact]
    public Task A_projecting_query_over_worker_state_enumerated_on_another_thread_takes_the_state_along() => Verifier.AnalyzeAsync<ThreadContextAnalyzer>(Usings + """
        [ThreadLocalSlot(Mode = SlotMode.PerWorker)]
        public sealed partial class Idle
        {
            public Dictionary<string, long> LastActive { get; } = new();
        }

        public static class Report
        {
            public static System.Threading.Tasks.Task<List<string>> Hosts(long cutoff)
            {
                var idle = System.Linq.Enumerable.Select(Idle.Current.LastActive, kv => kv.Key);
                var copied = System.Linq.Enumerable.ToList(System.Linq.Enumerable.Select(Idle.Current.LastActive, kv => kv.Key));
                System.Threading.Tasks.Task.Run(() => copied.Count);
                return System.Threading.Tasks.Task.Run(() => System.Linq.Enumerable.ToList({|WEFT0004:idle|}));
            }
        }
        """);

    [Fact]
    public Task Subscribing_to_an_event_of_a_published_object_changes_it() => Verifier.AnalyzeAsync<PublishedObjectMutationAnalyzer>(Usings + """
        public sealed class Config
        {
            public event EventHandler? Reloaded;

            public void Raise() => Reloaded?.Invoke(this, EventArgs.Empty);
        }

        public static class Loader
        {
            public static void Load(Slot<Config> slot, Config config, Config mine, EventHandler audit)
            {
                mine.Reloaded += audit;
                slot.Publish(config);
                {|WEFT0002:config.Reloaded += audit|};
                {|WEFT0002:config.Reloaded -= audit|};
            }
        }
        """);

    [Fact]
    public Task A_snapshot_collection_changed_once_keeps_its_elements_the_snapshots() => Verifier.AnalyzeAsync<SnapshotMutationAnalyzer>(Usings + """
        [ThreadLocalSlot]
        public sealed partial class Pools
        {
            public Dictionary<string, List<string>> Members { get; init; } = new();
        }

        public static class Eviction
        {
            public static void Evict(string host)
            {
                foreach (var (name, members) in Pools.Current.Members)
                {
                    {|WEFT0003:members.Remove(host)|};
                }

                foreach (KeyValuePair<string, List<string>> pair in Pools.Current.Members)
                {
                    {|WEFT0003:pair.Value.Sort()|};
                }
            }
        }
        """);

    [Fact]
    public Task A_struct_copy_whose_member_was_replaced_holds_the_new_value() => Verifier.AnalyzeAsync<SnapshotMutationAnalyzer>(Usings + """
        public record struct Retry(int MaxAttempts, List<string> RetryOn);

        [ThreadLocalSlot]
        public sealed partial class Policy
        {
            public Retry Retry { get; init; }
        }

        public static class Tuning
        {
            public static void Tighten(string status)
            {
                Retry tighter = Policy.Current.Retry with { MaxAttempts = 1 };
                {|WEFT0003:tighter.RetryOn.Add(status)|};
                Retry replaced = Policy.Current.Retry with { RetryOn = new List<string>() };
                replaced.RetryOn.Add(status);
                Retry assigned = Policy.Current.Retry;
                assigned.RetryOn = new List<string>();
                assigned.RetryOn.Add(status);
            }
        }
        """);

    [Fact]
    public Task A_publish_wrapped_in_a_lambda_happens_where_the_lambda_is_invoked() => Verifier.AnalyzeAsync<PublishedObjectMutationAnalyzer>(Usings + """
        public static class Committer
        {
            public static void Commit(Slot<List<string>> slot, List<string> routes, string extra)
            {
                Action publish = () => slot.Publish(routes);
                routes.Add(extra);
                publish();
                {|WEFT0002:routes.Remove(extra)|};
            }
        }
        """);

    [Fact]
    public Task Data_a_user_API_hands_out_through_a_SharedSnapshot_out_parameter_is_snapshot_data() => Verifier.AnalyzeAsync<SnapshotMutationAnalyzer>(Usings + """
        public sealed class Registry
        {
            private readonly List<string> _prefixes = new();

            public bool TryGet([SharedSnapshot] out List<string> routes)
            {
                routes = _prefixes;
                return true;
            }
        }

        public static class Router
        {
            public static void Learn(Registry registry, string path)
            {
                if (registry.TryGet(out var routes))
                {
                    {|WEFT0003:routes.Add(path)|};
                }
            }
        }
        """);

    [Fact]
    public Task A_static_lazy_collection_is_the_collection_it_holds() => Verifier.AnalyzeAsync<StaticMutationAnalyzer>(Usings + """
        public static class Sniffer
        {
            private static readonly Lazy<Dictionary<string, string>> s_learned = new(() => new Dictionary<string, string>());
            private static readonly Lazy<System.Collections.Concurrent.ConcurrentDictionary<string, string>> s_safe = new(() => new());

            public static void Learn(WorkerPool pool, string extension, string mime)
            {
                pool.Workers[0].Post(() => {|WEFT0006:s_learned.Value[extension] = mime|});
                pool.Workers[0].Post(() => s_safe.Value[extension] = mime);
            }
        }
        """);

    [Fact]
    public Task Json_nodes_and_pool_returns_change_what_they_are_given() => Verifier.AnalyzeAsync<PublishedObjectMutationAnalyzer>(Usings + """
        public static class Publisher
        {
            public static void Publish(Slot<System.Text.Json.Nodes.JsonObject> json, Slot<byte[]> frames, System.Text.Json.Nodes.JsonObject config)
            {
                json.Publish(config);
                {|WEFT0002:config["publishedAt"] = "now"|};
                {|WEFT0002:config.Remove("debug")|};
                config.ContainsKey("debug");
                var frame = new byte[64];
                frames.Publish(frame);
                {|WEFT0002:System.Buffers.ArrayPool<byte>.Shared.Return(frame)|};
            }
        }
        """);

    [Fact]
    public Task An_atomic_store_of_a_value_read_from_the_same_static_is_a_read_modify_write() => Verifier.AnalyzeAsync<StaticMutationAnalyzer>(Usings + """
        public static class Reloads
        {
            private static int s_generation;
            private static long s_lastTicks;

            public static void Bump(WorkerPool pool)
            {
                pool.Workers[0].Post(() => {|WEFT0006:System.Threading.Volatile.Write(ref s_generation, System.Threading.Volatile.Read(ref s_generation) + 1)|});
                pool.Workers[0].Post(() => System.Threading.Volatile.Write(ref s_lastTicks, DateTime.UtcNow.Ticks));
                pool.Workers[0].Post(() => System.Threading.Interlocked.Increment(ref s_generation));
            }
        }
        """);
}
