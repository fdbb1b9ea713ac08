using System.Threading.Tasks;

namespace Weft.Analyzers.Tests;

/// <summary>
/// The engine's transfer functions behind the round-2 corpus findings: each test pins one rule of the engine (a
/// false alarm it must not raise, or a flow it must follow) in the smallest form.
/// </summary>
public sealed class EngineRound2Tests
{
    private const string Usings = """
        using System;
        using System.Collections.Concurrent;
        using System.Collections.Generic;
        using System.Collections.Immutable;
        using System.Linq;
        using System.Net;
        using System.Threading.Tasks;
        using Weft;
        using Weft.Net;
        using Weft.Slots;
        using Weft.Threading;
        namespace App;

        [ThreadLocalSlot(Mode = SlotMode.PerWorker)]
        public sealed partial class Counts { public Dictionary<string, long> ByRemote { get; } = new(); }

        [ThreadLocalSlot]
        public sealed partial class Rules { public ImmutableArray<Rule> All { get; init; } }

        public sealed record Rule(string Name, ImmutableArray<string> Tags);

        """;

    // ----- false positives -----

    [Fact]
    public Task Callbacks_of_a_loop_thread_member_run_on_the_calling_loop_but_posts_to_another_dispatcher_do_not() => Verifier.AnalyzeAsync<ThreadContextAnalyzer>(Usings + """
        public static class Server
        {
            public static Listener Listen(IPEndPoint endPoint) => Listener.Open(Dispatcher.Current!, endPoint, OnAccepted);

            private static void OnAccepted(Connection connection)
            {
                var counts = Counts.Current;
                connection.Start((c, data) => counts.ByRemote["x"] = data.Length, (c, e) => counts.ByRemote.Clear());
            }

            public static void Elsewhere(Dispatcher other)
            {
                var counts = Counts.Current;
                other.Post(() => {|WEFT0004:counts|}.ByRemote.Clear());
            }
        }
        """);

    [Fact]
    public Task A_range_of_an_array_is_a_copy() => Verifier.AnalyzeAsync<PublishedObjectMutationAnalyzer>(Usings + """
        public static class Upstreams
        {
            public static string[] Publish(Slot<string[]> slot, string[] hosts)
            {
                slot.Publish(hosts);
                string[] head = hosts[0..2];
                head[0] = "copy";
                Span<string> view = hosts.AsSpan()[0..2];
                {|WEFT0002:view[0] = "view"|};
                return head;
            }
        }
        """);

    [Fact]
    public Task A_projection_yields_what_its_selector_returns() => Verifier.AnalyzeAsync<SnapshotMutationAnalyzer>(Usings + """
        public sealed class Holder { public List<string> Names = new(); }

        [ThreadLocalSlot]
        public sealed partial class Holders { public ImmutableArray<Holder> All { get; init; } }

        public static class Untagger
        {
            public static void Clear()
            {
                foreach (var fresh in Rules.Current.All.Select(r => new List<string>(r.Tags)))
                {
                    fresh.Clear();
                }

                foreach (var shared in Holders.Current.All.Select(h => h.Names))
                {
                    {|WEFT0003:shared.Clear()|};
                }

                foreach (var filtered in Holders.Current.All.Where(h => h.Names.Count > 0))
                {
                    {|WEFT0003:filtered.Names.Clear()|};
                }
            }
        }
        """);

    [Fact]
    public Task A_concurrent_collection_written_from_every_thread_is_quiet() => Verifier.AnalyzeAsync<BroadcastArgumentAnalyzer>(Usings + """
        public sealed class Buffers { public int InUse { get; set; } }

        public static class Report
        {
            public static async Task CollectAsync(Slot<Buffers> slot)
            {
                var byThread = new ConcurrentDictionary<int, int>();
                await slot.RunOnAllThreadsAsync(b => byThread[Environment.CurrentManagedThreadId] = b.InUse);
                byThread.TryAdd(0, 0);
                var plain = new Dictionary<int, int>();
                await slot.RunOnAllThreadsAsync(b => {|WEFT0008:plain[Environment.CurrentManagedThreadId] = b.InUse|});
            }
        }
        """);

    [Fact]
    public Task A_ref_parameter_replaced_by_a_helper_holds_the_new_object_and_one_cleared_through_it_is_written() => Verifier.AnalyzeAsync<PublishedObjectMutationAnalyzer>(Usings + """
        public static class Buffers
        {
            public static List<string> Replaced(Slot<List<string>> slot, List<string> pending)
            {
                slot.Publish(pending);
                Reset(ref pending);
                pending.Add("fresh");
                return pending;
            }

            public static void Cleared(Slot<List<string>> slot, List<string> pending)
            {
                slot.Publish(pending);
                {|WEFT0002:Clear(ref pending)|};
            }

            private static void Reset(ref List<string> list) => list = new List<string>();

            private static void Clear(ref List<string> list) => list.Clear();
        }
        """);

    // ----- thread context -----

    [Fact]
    public Task The_state_argument_of_a_posted_callback_goes_where_the_callback_runs() => Verifier.AnalyzeAsync<ThreadContextAnalyzer>(Usings + """
        public static class Reporter
        {
            public static void Report(WorkerPool pool)
            {
                var counts = Counts.Current;
                pool.Main.Post(static c => Console.WriteLine(c.ByRemote.Count), {|WEFT0004:counts|});
                Dispatcher.Current!.Post(static c => c.ByRemote.Clear(), counts);
                var copy = counts.ByRemote.Count;
                pool.Main.Post(static n => Console.WriteLine(n), copy);
            }
        }
        """);

    [Fact]
    public Task A_closure_over_worker_state_kept_in_a_field_escapes_where_the_field_is_run() => Verifier.AnalyzeAsync<ThreadContextAnalyzer>(Usings + """
        public sealed class Session
        {
            private Action? _release;
            private Action? _local;

            public void OnOpened()
            {
                var counts = Counts.Current;
                _release = () => counts.ByRemote.Clear();
                _local = () => Console.WriteLine("no worker state");
            }

            public void OnClosed()
            {
                _ = Task.Run({|WEFT0004:_release|}!);
                _ = Task.Run(_local!);
                Dispatcher.Current!.Post(_release!);
            }
        }
        """);

    [Fact]
    public Task Awaiting_a_helper_yields_what_it_returns_and_ConfigureAwait_keeps_it() => Verifier.AnalyzeAsync<ThreadContextAnalyzer>(Usings + """
        public static class Lookup
        {
            public static async Task RecordAsync(string key)
            {
                var here = await CurrentAsync();
                here.ByRemote[key] = 1;
                var later = await CurrentAsync().ConfigureAwait(false);
                {|WEFT0004:later|}.ByRemote[key] = 2;
            }

            private static async Task<Counts> CurrentAsync()
            {
                await Task.Yield();
                return Counts.Current;
            }
        }
        """);

    // ----- static writes -----

    [Fact]
    public Task A_per_worker_constructor_is_worker_code() => Verifier.AnalyzeAsync<StaticMutationAnalyzer>(Usings + """
        [ThreadLocalSlot(Mode = SlotMode.PerWorker)]
        public sealed partial class Arena
        {
            private static int s_instances;

            public Arena()
            {
                {|WEFT0006:s_instances++|};
                Id = s_instances;
            }

            public int Id { get; }
        }

        public sealed class NotPerWorker
        {
            private static int s_instances;

            public NotPerWorker() => s_instances++;
        }
        """);

    [Fact]
    public Task A_static_helper_updating_static_state_races_when_worker_code_calls_it() => Verifier.AnalyzeAsync<StaticMutationAnalyzer>(Usings + """
        public static class Counters
        {
            public static long Evictions;
            private static readonly object s_gate = new();
            private static long s_locked;

            public static void CountEviction() => Evictions++;

            public static void CountLocked() { lock (s_gate) { s_locked++; } }
        }

        [ThreadLocalSlot(Mode = SlotMode.PerWorker)]
        public sealed partial class Cache
        {
            [WorkerUpdate]
            public void Evict(string key)
            {
                {|WEFT0006:Counters.CountEviction()|};
                Counters.CountLocked();
            }
        }

        public static class Main
        {
            public static void OnMain() => Counters.CountEviction();
        }
        """);

    // ----- calls -----

    [Fact]
    public Task Calls_through_an_interface_or_a_virtual_method_apply_every_implementation_in_the_compilation() => Verifier.AnalyzeAsync<PublishedObjectMutationAnalyzer>(Usings + """
        public interface IHostFilter { void Apply(List<string> hosts); void Look(List<string> hosts); }

        public sealed class DropLocal : IHostFilter
        {
            public void Apply(List<string> hosts) => hosts.RemoveAll(h => h.StartsWith("127.", StringComparison.Ordinal));
            public void Look(List<string> hosts) => Console.WriteLine(hosts.Count);
        }

        public abstract class Hooks
        {
            public abstract void OnPublished(List<string> hosts);
            public virtual void OnRead(List<string> hosts) { }
        }

        public sealed class Appending : Hooks
        {
            public override void OnPublished(List<string> hosts) => hosts.Add("default");
        }

        public static class Publisher
        {
            public static void Publish(Slot<List<string>> slot, IHostFilter filter, Hooks hooks, List<string> hosts)
            {
                slot.Publish(hosts);
                {|WEFT0002:filter.Apply(hosts)|};
                filter.Look(hosts);
                {|WEFT0002:hooks.OnPublished(hosts)|};
                hooks.OnRead(hosts);
            }
        }
        """);

    [Fact]
    public Task A_method_operator_or_getter_that_changes_its_own_fields_writes_the_receiver() => Verifier.AnalyzeAsync<PublishedObjectMutationAnalyzer>(Usings + """
        public sealed class RateTable
        {
            private readonly Dictionary<string, int> _limits = new();
            private readonly object _gate = new();
            private string? _summary;
            private int _reads;

            public void Reset() => _limits.Clear();
            public void Bump() => _reads++;
            public void ResetLocked() { lock (_gate) { _limits.Clear(); } }
            public int LimitFor(string route) => _limits.TryGetValue(route, out int limit) ? limit : 0;
            public string Summary => _summary ??= string.Join(",", _limits.Keys);
            public int Count => _limits.Count;

            public static RateTable operator +(RateTable table, string route)
            {
                table._limits[route] = 1;
                return table;
            }
        }

        public static class Admin
        {
            public static string Apply(Slot<RateTable> slot, RateTable table)
            {
                var built = new RateTable() + "a";
                built += "b";
                slot.Publish(table);
                {|WEFT0002:table.Reset()|};
                {|WEFT0002:table.Bump()|};
                table.ResetLocked();
                _ = table.LimitFor("x") + table.Count;
                {|WEFT0002:table += "c"|};
                return {|WEFT0002:table.Summary|};
            }
        }
        """);

    [Fact]
    public Task An_indexer_returning_a_field_s_element_hands_out_the_receiver_s_memory() => Verifier.AnalyzeAsync<SnapshotMutationAnalyzer>(Usings + """
        [ThreadLocalSlot]
        public sealed partial class Zones
        {
            private readonly Dictionary<string, List<string>> _byZone = new();

            public List<string> this[string zone] => _byZone[zone];

            public List<string> Fresh(string zone) => new(_byZone[zone]);
        }

        public static class Placement
        {
            public static void Place(string zone, string host)
            {
                {|WEFT0003:Zones.Current[zone].Add(host)|};
                Zones.Current.Fresh(zone).Add(host);
            }
        }
        """);

    [Fact]
    public Task An_out_parameter_assigned_worker_state_by_a_helper_carries_it() => Verifier.AnalyzeAsync<ThreadContextAnalyzer>(Usings + """
        public static class Auth
        {
            public static bool TryGet(out Counts? counts) => Counts.TryGetCurrent(out counts);

            public static void Later()
            {
                if (TryGet(out var counts))
                {
                    _ = Task.Run(() => {|WEFT0004:counts|}!.ByRemote.Clear());
                }
            }
        }
        """);
}
