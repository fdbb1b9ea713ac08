using System.Threading.Tasks;

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
