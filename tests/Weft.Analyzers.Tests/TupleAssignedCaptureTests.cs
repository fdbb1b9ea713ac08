using System.Threading.Tasks;

namespace Weft.Analyzers.Tests;

/// <summary>
/// A tuple (deconstructing) assignment assigns each variable it names: in a callback every worker runs, one that names a
/// captured local or parameter changes it from every thread at once, as <c>hits += c.Hits</c> would (WEFT0008, at each
/// variable assigned). Fails on the engine before, which took the parts of a deconstruction for new values only
/// (corpus round 15: DeconstructedTotals, FactoryTupleCounter).
/// </summary>
public sealed class TupleAssignedCaptureTests
{
    private const string Types = """
        using System;
        using System.Collections.Generic;
        using System.Threading;
        using System.Threading.Tasks;
        using Weft;
        using Weft.Slots;
        using Weft.Threading;
        namespace App;

        [ThreadLocalSlot(Mode = SlotMode.PerWorker)]
        public sealed partial class Counter
        {
            public long Hits { get; set; }
            public long Misses { get; set; }
        }

        public sealed class Scratch(string name)
        {
            public string Name { get; } = name;
        }

        """;

    [Fact]
    public Task Captured_variables_a_tuple_assignment_names_in_a_per_thread_callback_are_reported() => Verifier.AnalyzeAsync<BroadcastArgumentAnalyzer>(Types + """
        public static class Totals
        {
            public static async Task<long> SumAsync(WorkerPool pool)
            {
                var (hits, misses) = (0L, 0L);
                await Counter.UpdateAllAsync(pool, c => ({|WEFT0008:hits|}, {|WEFT0008:misses|}) = (hits + c.Hits, misses + c.Misses));
                return hits + misses;
            }

            public static async Task<long> BlockAsync(WorkerPool pool, long seen)
            {
                long hits = 0;
                await Counter.UpdateAllAsync(pool, c =>
                {
                    long local;
                    (local, {|WEFT0008:hits|}) = (c.Hits, hits + c.Hits);
                    ({|WEFT0008:seen|}, _) = (seen + local, 0);
                });
                return hits + seen;
            }

            public static Slot<Scratch> Factory(WorkerPool pool)
            {
                int made = 0;
                string last = "";
                Slot<Scratch> slot = pool.AllocateSlot<Scratch>();
                slot.Set(d => { ({|WEFT0008:made|}, ({|WEFT0008:last|}, _)) = (made + 1, (d.ToString()!, 0)); return new Scratch(last); });
                return slot;
            }
        }
        """);

    [Fact]
    public Task Tuple_assignments_to_the_callbacks_own_variables_are_quiet() => Verifier.AnalyzeAsync<BroadcastArgumentAnalyzer>(Types + """
        public static class Totals
        {
            public static async Task<long> SumAsync(WorkerPool pool)
            {
                long hits = 0;
                await Counter.UpdateAllAsync(pool, c =>
                {
                    var (h, m) = (c.Hits, c.Misses);
                    long a, b;
                    (a, b) = (h + 1, m + 1);
                    (c.Hits, c.Misses) = (a, b);
                    Interlocked.Add(ref hits, h);
                });
                var (x, y) = (hits, 1L);
                (x, y) = (y, x);
                return x + y;
            }
        }
        """);
}
