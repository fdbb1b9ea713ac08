using System.Threading.Tasks;

namespace Weft.Analyzers.Tests;

/// <summary>
/// A property whose accessors use C# 14's <c>field</c> keyword has accessor bodies and still a backing field: it holds
/// what it is given, like an auto-property (a <c>List&lt;T&gt;</c> one makes a snapshot mutable, WEFT0001, and is
/// judged by its type as a broadcast argument's member, WEFT0007), and its accessors' code runs on every get and set (a
/// setter that sorts the list it is given writes a published list, WEFT0002). A computed property (bodies, no
/// <c>field</c>) stays computed. Corpus round 12's <c>field</c> cases; the reported tests fail on the analyzers before
/// (bodies were taken for a computed property, and a backing field for an auto-property's plain store).
/// </summary>
public sealed class FieldKeywordPropertyTests
{
    [Fact]
    public Task A_field_backed_list_property_makes_a_snapshot_mutable_and_a_computed_one_does_not() => Verifier.AnalyzeAsync<SnapshotImmutabilityAnalyzer>("""
        using System.Collections.Generic;
        using System.Collections.Immutable;
        using Weft;
        namespace App;

        [ThreadLocalSlot]
        public sealed partial class Names
        {
            public List<string> {|WEFT0001:All|} { get => field; init => field = value ?? []; }
            public ImmutableArray<string> Sorted { get => field; init => field = value.Sort(); }
            public List<string> Fresh => new(Sorted);
        }
        """);

    [Fact]
    public Task A_field_backed_setter_that_sorts_a_published_list_is_reported() => Verifier.AnalyzeAsync<PublishedObjectMutationAnalyzer>("""
        using System.Collections.Generic;
        using Weft.Slots;
        namespace App;

        public sealed class Ranking
        {
            public List<int> Order
            {
                get => field;
                set
                {
                    value.Sort();
                    field = value;
                }
            } = [];

            public List<int> Kept { get => field; set => field = value; } = [];
        }

        public static class Rankings
        {
            public static void Publish(Slot<List<int>> slot, Ranking ranking, List<int> scores)
            {
                slot.Publish(scores);
                {|WEFT0002:ranking.Order = scores|};
            }

            public static void Keep(Slot<List<int>> slot, Ranking ranking, List<int> scores)
            {
                slot.Publish(scores);
                ranking.Kept = scores;
            }
        }
        """);

    [Fact]
    public Task A_broadcast_object_with_a_field_backed_list_property_is_reported() => Verifier.AnalyzeAsync<BroadcastArgumentAnalyzer>("""
        using System.Collections.Generic;
        using System.Collections.Immutable;
        using System.Threading.Tasks;
        using Weft;
        namespace App;

        public sealed class Settings
        {
            public List<string> Upstreams { get => field; init => field = value ?? []; } = [];
        }

        public sealed class FrozenSettings
        {
            public ImmutableArray<string> Upstreams { get => field; init => field = value; }
        }

        [ThreadLocalSlot(Mode = SlotMode.PerWorker)]
        public sealed partial class Router
        {
            public int Count { get; private set; }

            [WorkerUpdate]
            public void Apply(Settings settings) => Count = settings.Upstreams.Count;

            [WorkerUpdate]
            public void ApplyFrozen(FrozenSettings settings) => Count = settings.Upstreams.Length;
        }

        public static class Config
        {
            public static Task Push(WorkerPool pool) =>
                Router.ApplyOnAllWorkersAsync(pool, {|WEFT0007:new Settings { Upstreams = ["a", "b"] }|});

            public static Task PushFrozen(WorkerPool pool) =>
                Router.ApplyFrozenOnAllWorkersAsync(pool, new FrozenSettings { Upstreams = ["a", "b"] });
        }
        """);
}
