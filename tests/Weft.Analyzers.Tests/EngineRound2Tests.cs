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
}
