using System.Threading.Tasks;
using Microsoft.CodeAnalysis.Testing;

namespace Weft.Analyzers.Tests;

/// <summary>WEFT0002 (write after publish) and WEFT0003 (write through Current): they follow data, not names.</summary>
public sealed class DataFlowRuleTests
{
    private const string Types = """
        using System.Collections.Generic;
        using System.Collections.Immutable;
        using System.Collections.ObjectModel;
        using System.Threading.Tasks;
        using Weft;
        namespace App;

        public struct Stats { public int Hits; public List<int> Samples; }

        // Deliberately not immutable (WEFT0001 is another analyzer): these tests are about the writes.
        [ThreadLocalSlot]
        public sealed partial class Table
        {
            public List<string> Hosts { get; init; } = new();
            public ReadOnlyCollection<string> View { get; init; } = null!;
            public int[] Weights { get; init; } = [];
            public Stats Stats;
            public int Version;
            public ImmutableArray<string> Names { get; init; }
        }

        """;

    [Fact]
    public Task Writes_after_publish_are_reported_through_locals_aliases_fields_and_view_sources() => Verifier.AnalyzeAsync<PublishedObjectMutationAnalyzer>(Types + """
        public sealed class Publisher
        {
            private Table _last = new();
            private Table _held = new();

            public async Task ReloadAsync(WorkerPool pool, List<string> hosts)
            {
                var table = new Table { Hosts = new List<string> { "a" } };
                var alias = table;
                table.Hosts.Add("built before publish is fine");
                await Table.PublishAsync(pool, table);
                {|WEFT0002:table.Hosts.Add("b")|};
                {|WEFT0002:alias.Version = 2|};
                {|WEFT0002:table.Weights[0] = 1|};

                var sourceList = new List<string>();
                var viewed = new Table { View = sourceList.AsReadOnly() };
                Table.Publish(pool, viewed, () => { });
                {|WEFT0002:sourceList.Add("changes what workers see")|};

                _held = table;
            }

            public void Later() { {|WEFT0002:_held.Hosts.Clear()|}; }

            public async Task PublishFieldAsync(WorkerPool pool)
            {
                await Table.PublishAsync(pool, _last);
                {|WEFT0002:_last.Version++|};
            }
        }
        """);

    [Fact]
    public Task Building_before_publish_copies_and_immutable_builders_are_quiet() => Verifier.AnalyzeAsync<PublishedObjectMutationAnalyzer>(Types + """
        public sealed class Publisher
        {
            public async Task ReloadAsync(WorkerPool pool)
            {
                var builder = ImmutableArray.CreateBuilder<string>();
                builder.Add("a");
                var table = new Table { Names = builder.ToImmutable(), Version = 1 };
                table.Version = 2;
                await Table.PublishAsync(pool, table);
                builder.Add("the builder was copied by ToImmutable");
                var next = new Table { Names = table.Names.Add("c"), Version = table.Version + 1 };
                next.Version = 5;
                await Table.PublishAsync(pool, next);
                var local = 0;
                local++;
            }
        }
        """);

    [Fact]
    public Task Writes_through_Current_are_reported_through_locals_members_struct_and_with_copies() => Verifier.AnalyzeAsync<SnapshotMutationAnalyzer>(Types + """
        public sealed record Node(List<int> Items, int Depth);
        [ThreadLocalSlot] public sealed partial record Tree(Node Root, int Size);

        public static class Reader
        {
            public static void OnWorker()
            {
                {|WEFT0003:Table.Current.Hosts.Add("x")|};
                var table = Table.Current;
                {|WEFT0003:table.Version = 3|};
                var hosts = table.Hosts;
                {|WEFT0003:hosts.Remove("x")|};
                Stats copy = table.Stats;
                {|WEFT0003:copy.Samples.Add(1)|};
                {|WEFT0003:table.Stats.Hits++|};
                {|WEFT0003:table.Weights[1] = 7|};
                if (Table.TryGetCurrent(out var current)) { {|WEFT0003:current.Hosts.Clear()|}; }
                var bigger = Tree.Current with { Size = 2 };
                {|WEFT0003:bigger.Root.Items.Add(1)|};
            }
        }
        """);

    [Fact]
    public Task Reads_value_copies_and_fresh_objects_are_quiet() => Verifier.AnalyzeAsync<SnapshotMutationAnalyzer>(Types + """
        public sealed record Node(List<int> Items, int Depth);
        [ThreadLocalSlot] public sealed partial record Tree(Node Root, int Size);

        public static class Reader
        {
            public static int OnWorker()
            {
                var table = Table.Current;
                int count = table.Hosts.Count;
                Stats copy = table.Stats;
                copy.Hits++;
                var mine = new List<string>(table.Hosts);
                mine.Add("own copy");
                var names = table.Names.Add("immutable add returns a new array");
                var bigger = Tree.Current with { Size = 2 };
                var size = bigger.Size;
                var fresh = new Table();
                fresh.Version = 1;
                return count + copy.Hits + names.Length + size;
            }
        }
        """);

    [Fact]
    public Task The_message_names_the_snapshot_type_whose_Current_is_written() => Verifier.AnalyzeAsync<SnapshotMutationAnalyzer>(Types + """
        [ThreadLocalSlot] public sealed partial class Limits { public List<int> Caps { get; init; } = new(); }

        public static class Reader
        {
            public static void OnWorker()
            {
                int count = Table.Current.Hosts.Count;
                var limits = Limits.Current;
                {|#0:limits.Caps.Add(count)|};
                {|#1:Table.Current.Version = count|};
            }
        }
        """,
        [
            new DiagnosticResult(Descriptors.WriteThroughCurrent).WithLocation(0).WithArguments("limits.Caps.Add(count)", "Limits"),
            new DiagnosticResult(Descriptors.WriteThroughCurrent).WithLocation(1).WithArguments("Table.Current.Version = count", "Table"),
        ]);

    // ----- Flow, not text order -----

    [Fact]
    public Task A_write_above_a_publish_inside_a_loop_runs_again_after_it() => Verifier.AnalyzeAsync<PublishedObjectMutationAnalyzer>(Types + """
        public static class Publisher
        {
            public static async Task ReloadAsync(WorkerPool pool, string[] hosts)
            {
                var table = new Table();
                foreach (string host in hosts)
                {
                    {|WEFT0002:table.Hosts.Add(host)|};
                    await Table.PublishAsync(pool, table);
                }
            }
        }
        """);

    [Fact]
    public Task A_write_below_a_publish_on_a_path_that_returned_before_it_is_quiet() => Verifier.AnalyzeAsync<PublishedObjectMutationAnalyzer>(Types + """
        public static class Publisher
        {
            public static async Task ReloadAsync(WorkerPool pool, bool ready)
            {
                var table = new Table();
                if (ready)
                {
                    await Table.PublishAsync(pool, table);
                    return;
                }

                table.Version = 2;
                for (int i = 0; i < 3; i++)
                {
                    var fresh = new Table();
                    fresh.Version = i;
                    await Table.PublishAsync(pool, fresh);
                }
            }
        }
        """);

    // ----- Calls -----

    [Fact]
    public Task A_helper_that_writes_its_parameter_is_a_write_after_publish() => Verifier.AnalyzeAsync<PublishedObjectMutationAnalyzer>(Types + """
        public static class Publisher
        {
            public static async Task ReloadAsync(WorkerPool pool)
            {
                var table = new Table();
                Touch(table);
                await Table.PublishAsync(pool, table);
                {|WEFT0002:Touch(table)|};
                {|WEFT0002:Grow(table.Hosts, "b")|};
                Describe(table);
            }

            private static void Touch(Table t) => t.Version++;
            private static void Grow(List<string> list, string item) { if (item.Length > 0) { list.Add(item); } }
            private static int Describe(Table t) => t.Hosts.Count;
        }
        """);

    [Fact]
    public Task A_helper_that_returns_snapshot_data_is_written_through() => Verifier.AnalyzeAsync<SnapshotMutationAnalyzer>(Types + """
        public static class Reader
        {
            public static void OnWorker()
            {
                {|WEFT0003:HostsOf(Table.Current).Add("x")|};
                var hosts = CurrentHosts();
                {|WEFT0003:hosts.Clear()|};
                var mine = Copy(Table.Current);
                mine.Add("own copy");
            }

            private static List<string> HostsOf(Table table) => table.Hosts;
            private static List<string> CurrentHosts() => Table.Current.Hosts;
            private static List<string> Copy(Table table) => new List<string>(table.Hosts);
        }
        """);

    // ----- Elements, views, refs -----

    [Fact]
    public Task Elements_views_and_refs_into_snapshot_data_are_written_through() => Verifier.AnalyzeAsync<SnapshotMutationAnalyzer>("""
        using System;
        using System.Collections.Generic;
        using System.Linq;
        using System.Runtime.InteropServices;
        using Weft;
        namespace App;

        public sealed class Backend { public int Weight; public List<string> Tags = new(); }

        [ThreadLocalSlot]
        public sealed partial class Pool
        {
            public List<Backend> Backends { get; init; } = new();
            public Backend[] Ordered { get; init; } = [];
            public int[] Weights { get; init; } = [];
            public Dictionary<string, Backend> ByName { get; init; } = new();
        }

        public static class Reader
        {
            public static void OnWorker()
            {
                foreach (Backend backend in Pool.Current.Backends)
                {
                    {|WEFT0003:backend.Weight = 0|};
                }

                Span<int> weights = Pool.Current.Weights.AsSpan();
                {|WEFT0003:weights[0] = 1|};
                {|WEFT0003:weights.Fill(2)|};
                Span<Backend> view = CollectionsMarshal.AsSpan(Pool.Current.Backends);
                {|WEFT0003:view[0].Weight = 3|};
                ref int first = ref Pool.Current.Weights[0];
                {|WEFT0003:first = 4|};
                if (Pool.Current.ByName.TryGetValue("a", out Backend? named))
                {
                    {|WEFT0003:named.Tags.Add("hot")|};
                }

                {|WEFT0003:Pool.Current.Backends.First().Weight = 5|};
                var copies = Pool.Current.Backends.ToList();
                copies.Clear();
                {|WEFT0003:copies[0].Weight = 6|};
                {|WEFT0003:Array.Sort(Pool.Current.Weights)|};
            }
        }
        """);

    [Fact]
    public Task Value_copies_of_snapshot_elements_are_quiet() => Verifier.AnalyzeAsync<SnapshotMutationAnalyzer>("""
        using System;
        using System.Collections.Generic;
        using System.Linq;
        using Weft;
        namespace App;

        public struct Slice { public int Weight; }

        [ThreadLocalSlot]
        public sealed partial class Pool
        {
            public Slice[] Slices { get; init; } = [];
            public int[] Weights { get; init; } = [];
        }

        public static class Reader
        {
            public static int OnWorker()
            {
                int total = 0;
                foreach (Slice slice in Pool.Current.Slices)
                {
                    Slice mine = slice;
                    mine.Weight++;
                    total += mine.Weight;
                }

                int[] copy = Pool.Current.Weights.ToArray();
                copy[0] = 1;
                Span<int> own = copy.AsSpan();
                own.Fill(3);
                var sorted = Pool.Current.Weights.OrderBy(w => w).ToList();
                sorted.Add(4);
                return total;
            }
        }
        """);

    [Fact]
    public Task Views_over_a_published_object_keep_it_writable_from_the_publisher() => Verifier.AnalyzeAsync<PublishedObjectMutationAnalyzer>(Types + """
        public static class Publisher
        {
            public static void Reload(WorkerPool pool)
            {
                var hosts = new List<string> { "a" };
                var weights = new int[4];
                var table = new Table { View = new ReadOnlyCollection<string>(hosts), Weights = weights };
                Table.Publish(pool, table, () => { });
                {|WEFT0002:hosts.Add("b")|};
                var span = new System.Span<int>(weights);
                {|WEFT0002:span[1] = 3|};
                {|WEFT0002:System.Runtime.InteropServices.CollectionsMarshal.AsSpan(table.Hosts)[0] = "c"|};
            }
        }
        """);
}

/// <summary>The WEFT0002 fix: move the write in front of the publish, where that is mechanical.</summary>
public sealed class MoveWriteBeforePublishTests
{
    [Fact]
    public Task Writes_move_in_front_of_the_publish_in_order() => Verifier.FixAsync<PublishedObjectMutationAnalyzer, Weft.CodeFixes.MoveWriteBeforePublishCodeFix>("""
        using System.Collections.Generic;
        using System.Threading.Tasks;
        using Weft;
        namespace App;
        [ThreadLocalSlot]
        public sealed partial class Table { public List<string> Hosts { get; init; } = new(); public int Version; }
        public static class Publisher
        {
            public static async Task ReloadAsync(WorkerPool pool)
            {
                var table = new Table();
                await Table.PublishAsync(pool, table);
                {|WEFT0002:table.Version = 2|};
                {|WEFT0002:table.Hosts.Add("b")|};
            }
        }
        """, """
        using System.Collections.Generic;
        using System.Threading.Tasks;
        using Weft;
        namespace App;
        [ThreadLocalSlot]
        public sealed partial class Table { public List<string> Hosts { get; init; } = new(); public int Version; }
        public static class Publisher
        {
            public static async Task ReloadAsync(WorkerPool pool)
            {
                var table = new Table();
                table.Version = 2;
                table.Hosts.Add("b");
                await Table.PublishAsync(pool, table);
            }
        }
        """);

    [Fact]
    public Task A_write_that_needs_a_later_value_is_not_moved() => Verifier.FixAsync<PublishedObjectMutationAnalyzer, Weft.CodeFixes.MoveWriteBeforePublishCodeFix>("""
        using System.Threading.Tasks;
        using Weft;
        namespace App;
        [ThreadLocalSlot]
        public sealed partial class Table { public int Version; }
        public static class Publisher
        {
            public static async Task ReloadAsync(WorkerPool pool)
            {
                var table = new Table();
                await Table.PublishAsync(pool, table);
                int next = 3;
                {|WEFT0002:table.Version = next|};
            }
        }
        """, """
        using System.Threading.Tasks;
        using Weft;
        namespace App;
        [ThreadLocalSlot]
        public sealed partial class Table { public int Version; }
        public static class Publisher
        {
            public static async Task ReloadAsync(WorkerPool pool)
            {
                var table = new Table();
                await Table.PublishAsync(pool, table);
                int next = 3;
                {|WEFT0002:table.Version = next|};
            }
        }
        """, fixAllIterations: 0);
}
