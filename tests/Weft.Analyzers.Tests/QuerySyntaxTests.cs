using System.Threading.Tasks;

namespace Weft.Analyzers.Tests;

/// <summary>
/// A LINQ query written in query syntax (<c>from … where … orderby … select …</c>) is the same chain of calls as the
/// method syntax: its elements are the source's elements, and a deferred query stands for its source. Fails on the
/// engine before (the translated query had no value: writes to its elements and its capture off the loop were missed).
/// </summary>
public sealed class QuerySyntaxTests
{
    private const string Published = """
        using System.Collections.Generic;
        using System.Linq;
        using Weft.Slots;
        namespace App;

        public sealed class Rule
        {
            public string Route { get; init; } = "";
            public int PerSecond { get; set; }
        }

        """;

    private const string Snapshot = """
        using System.Collections.Generic;
        using System.Linq;
        using System.Threading.Tasks;
        using Weft;
        namespace App;

        public sealed class Entry
        {
            public string Name { get; init; } = "";
            public long Hits { get; set; }
        }

        #pragma warning disable WEFT0001
        [ThreadLocalSlot]
        public sealed partial class Metrics
        {
            public List<Entry> Entries { get; init; } = new();
        }
        #pragma warning restore WEFT0001

        [ThreadLocalSlot(Mode = SlotMode.PerWorker)]
        public sealed partial class DnsCache
        {
            public readonly Dictionary<string, string> Names = new();
        }

        """;

    [Fact]
    public Task An_element_of_a_query_over_a_published_list_written_after_the_publish_is_reported() => Verifier.AnalyzeAsync<PublishedObjectMutationAnalyzer>(Published + """
        public static class Limits
        {
            public static void Publish(Slot<List<Rule>> slot, List<Rule> rules)
            {
                slot.Publish(rules);
                var hot = from r in rules where r.Route.StartsWith("/api") select r;
                foreach (var rule in hot) {|WEFT0002:rule.PerSecond *= 2|};
                var sorted = from r in rules orderby r.Route descending select r;
                {|WEFT0002:sorted.First().PerSecond = 1|};
            }
        }
        """);

    [Fact]
    public Task Queries_that_make_new_objects_or_run_before_the_publish_are_quiet() => Verifier.AnalyzeAsync<PublishedObjectMutationAnalyzer>(Published + """
        public static class Limits
        {
            public static void Publish(Slot<List<Rule>> slot, List<Rule> rules)
            {
                var before = from r in rules where r.PerSecond > 0 select r;
                foreach (var rule in before) rule.PerSecond *= 2;
                slot.Publish(rules);
                var copies = from r in rules select new Rule { Route = r.Route, PerSecond = r.PerSecond };
                foreach (var copy in copies) copy.PerSecond = 0;
            }
        }
        """);

    [Fact]
    public Task An_element_of_a_query_over_the_snapshot_written_by_the_worker_is_reported() => Verifier.AnalyzeAsync<SnapshotMutationAnalyzer>(Snapshot + """
        public static class Sweeper
        {
            public static void Sweep()
            {
                var stale = from e in Metrics.Current.Entries where e.Hits > 1_000_000 orderby e.Name select e;
                foreach (var e in stale) {|WEFT0003:e.Hits = 0|};
                var only = from e in Metrics.Current.Entries where e.Hits > 1 select e;
                foreach (var e in only) {|WEFT0003:e.Hits = 1|};
            }
        }
        """);

    [Fact]
    public Task A_query_over_the_snapshot_that_projects_new_objects_is_quiet() => Verifier.AnalyzeAsync<SnapshotMutationAnalyzer>(Snapshot + """
        public static class Sweeper
        {
            public static void Sweep()
            {
                var copies = from e in Metrics.Current.Entries where e.Hits > 1 select new Entry { Name = e.Name, Hits = e.Hits };
                foreach (var e in copies) e.Hits = 0;
            }
        }
        """);

    [Fact]
    public Task A_deferred_query_over_worker_state_enumerated_on_the_pool_is_reported() => Verifier.AnalyzeAsync<ThreadContextAnalyzer>(Snapshot + """
        public static class Export
        {
            public static Task<int> CountAsync()
            {
                var hosts = from kv in DnsCache.Current.Names where kv.Value.Length > 0 select kv.Key;
                return Task.Run(() => {|WEFT0004:hosts|}.Count());
            }
        }
        """);

    [Fact]
    public Task A_query_materialized_on_the_loop_before_the_hand_off_is_quiet() => Verifier.AnalyzeAsync<ThreadContextAnalyzer>(Snapshot + """
        public static class Export
        {
            public static Task<int> CountAsync()
            {
                var hosts = (from kv in DnsCache.Current.Names where kv.Value.Length > 0 select kv.Key).ToList();
                int here = (from kv in DnsCache.Current.Names select kv.Key).Count();
                return Task.Run(() => hosts.Count + here);
            }
        }
        """);
}
