using System.Threading.Tasks;

namespace Weft.Analyzers.Tests;

/// <summary>
/// An atomic read of a static, a value computed from it kept in a local, then an atomic store of that local
/// (<c>long next = Interlocked.Read(ref s) + 1; Interlocked.Exchange(ref s, next);</c>) is the same non-atomic
/// read-modify-write as the one-expression form: reported in worker code. A local given another value, or one not read
/// from the static, is a plain store. Fails on the engine before (only the store's own argument expression was read).
/// </summary>
public sealed class SplitUpdateThroughLocalTests
{
    [Fact]
    public Task A_static_updated_through_a_local_between_atomic_calls_in_worker_code_is_reported() => Verifier.AnalyzeAsync<StaticMutationAnalyzer>("""
        using System.Threading;
        using Weft;
        namespace App;

        [ThreadLocalSlot(Mode = SlotMode.PerWorker)]
        public sealed partial class OrderStamper
        {
            private static long s_sequence;
            private static int s_generation;

            [WorkerUpdate]
            public void Stamp()
            {
                long next = Interlocked.Read(ref s_sequence) + 1;
                {|WEFT0006:Interlocked.Exchange(ref s_sequence, next)|};
                int generation = Volatile.Read(ref s_generation);
                {|WEFT0006:Volatile.Write(ref s_generation, generation + 1)|};
            }
        }
        """);

    [Fact]
    public Task Stores_of_values_not_read_from_the_static_are_quiet() => Verifier.AnalyzeAsync<StaticMutationAnalyzer>("""
        using System.Threading;
        using Weft;
        namespace App;

        [ThreadLocalSlot(Mode = SlotMode.PerWorker)]
        public sealed partial class OrderStamper
        {
            private static long s_sequence;
            private static long s_stamp;

            [WorkerUpdate]
            public void Stamp(long now)
            {
                long next = now + 1;
                Interlocked.Exchange(ref s_sequence, next);
                long seen = Interlocked.Read(ref s_stamp);
                seen = now;
                Interlocked.Exchange(ref s_stamp, seen);
                long current, updated;
                do
                {
                    current = Interlocked.Read(ref s_sequence);
                    updated = current + 1;
                }
                while (Interlocked.CompareExchange(ref s_sequence, updated, current) != current);
            }
        }
        """);
}
