using System.Threading.Tasks;

namespace Weft.Analyzers.Tests;

/// <summary>
/// WEFT0008 through calls (docs/rules/WEFT0008.md: a callback run on every thread that assigns, increments or mutates a
/// captured local or an instance field, or what they hold): through a library method group held in a local, a
/// helper assigning a captured local by <c>ref</c>, and an instance method of the caller that changes its field.
/// Each test fails on the engine before these rules.
/// </summary>
public sealed class EveryThreadCallbackTests
{
    private const string Usings = """
        using System;
        using System.Collections.Generic;
        using System.Threading.Tasks;
        using Weft;
        using Weft.Slots;
        namespace App;

        [ThreadLocalSlot(Mode = SlotMode.PerWorker)]
        public sealed partial class Counter
        {
            public long Sent { get; set; }
        }

        """;

    [Fact]
    public Task A_library_method_group_over_a_captured_list_called_from_every_thread_is_reported() => Verifier.AnalyzeAsync<BroadcastArgumentAnalyzer>(Usings + """
        public static class Inventory
        {
            public static async Task<List<long>> SentAsync(WorkerPool pool)
            {
                var sent = new List<long>();
                Action<long> record = sent.Add;
                await Counter.UpdateAllAsync(pool, c => {|WEFT0008:record(c.Sent)|});
                return sent;
            }
        }
        """);

    [Fact]
    public Task A_helper_adding_to_a_captured_local_by_ref_from_every_thread_is_reported() => Verifier.AnalyzeAsync<BroadcastArgumentAnalyzer>(Usings + """
        public static class Totals
        {
            public static async Task<long> SentAsync(WorkerPool pool)
            {
                long total = 0;
                await Counter.UpdateAllAsync(pool, c => {|WEFT0008:Accumulate(ref total, c.Sent)|});
                long mine = 0;
                Accumulate(ref mine, 1);
                return total + mine;
            }

            private static void Accumulate(ref long sum, long value) => sum += value;
        }
        """);

    [Fact]
    public Task An_own_method_changing_the_callers_field_called_from_every_thread_is_reported() => Verifier.AnalyzeAsync<BroadcastArgumentAnalyzer>(Usings + """
        public sealed class Report
        {
            private readonly List<long> _perWorker = new();

            public async Task<int> CollectAsync(WorkerPool pool)
            {
                await Counter.UpdateAllAsync(pool, c => {|WEFT0008:Record(c.Sent)|});
                Record(0);
                return _perWorker.Count;
            }

            private void Record(long sent) => _perWorker.Add(sent);
        }
        """);

    [Fact]
    public Task A_static_field_changed_from_every_thread_is_WEFT0006_alone() => Verifier.AnalyzeAsync<BroadcastArgumentAnalyzer>(Usings + """
        public static class Jitter
        {
            private static readonly Random s_rng = new(42);

            public static Task ReseedAsync(WorkerPool pool) => Counter.UpdateAllAsync(pool, c => c.Sent = s_rng.Next(0, 250));
        }
        """);

    [Fact]
    public Task A_field_of_a_captured_struct_changed_from_every_thread_is_reported() => Verifier.AnalyzeAsync<BroadcastArgumentAnalyzer>(Usings + """
        public struct Totals
        {
            public long Requests;
        }

        public static class Summary
        {
            public static async Task<Totals> SumAsync(WorkerPool pool)
            {
                var totals = new Totals();
                await Counter.UpdateAllAsync(pool, c =>
                {
                    var mine = new Totals();
                    mine.Requests += c.Sent;
                    {|WEFT0008:totals.Requests += c.Sent|};
                });
                return totals;
            }
        }
        """);

    [Fact]
    public Task Captured_variables_assigned_through_out_nested_lambdas_and_primary_constructor_parameters_are_reported() => Verifier.AnalyzeAsync<BroadcastArgumentAnalyzer>(Usings + """
        public sealed class Budget(WorkerPool pool, long remaining)
        {
            public Task Spend() => Counter.UpdateAllAsync(pool, c => {|WEFT0008:remaining -= c.Sent|});

            public long Left => remaining;
        }

        public static class Probes
        {
            public static async Task<int> Find(WorkerPool pool, Dictionary<long, int> ports)
            {
                int port = 0;
                await Counter.UpdateAllAsync(pool, c => ports.TryGetValue(c.Sent, {|WEFT0008:out port|}));
                int big = 0;
                await Counter.UpdateAllAsync(pool, c => new List<long> { c.Sent }.ForEach(s => {|WEFT0008:big++|}));
                await Counter.UpdateAllAsync(pool, c =>
                {
                    int mine = 0;
                    new List<long> { c.Sent }.ForEach(s => mine++);
                    ports.TryGetValue(c.Sent, out int found);
                });
                return port + big;
            }
        }
        """);
}
