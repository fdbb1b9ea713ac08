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
}
