using System.Threading.Tasks;

namespace Weft.Analyzers.Tests;

/// <summary>
/// An element of an <c>[InlineArray]</c> struct is the struct's own storage: a read-modify-write of one held in a
/// static field (<c>Latency.Counts[i]++</c>) is a read-modify-write of static memory, from every worker at once
/// (WEFT0006; corpus round 11, StaticWrites/Round11 InlineArrayStaticBuckets). <c>Interlocked</c> on the element, and a
/// local inline array, are quiet. The defect test fails on the engine before (the element access was not followed to
/// the field).
/// </summary>
public sealed class InlineArrayStaticTests
{
    private const string Buckets = """
        using System.Runtime.CompilerServices;
        using System.Threading;
        using Weft;
        namespace App;

        [InlineArray(8)]
        public struct Buckets
        {
            private long _element;
        }

        public static class Latency
        {
            public static Buckets Counts;
        }

        """;

    [Fact]
    public Task Incrementing_an_element_of_a_static_inline_array_in_worker_code_is_reported() => Verifier.AnalyzeAsync<StaticMutationAnalyzer>(Buckets + """
        [ThreadLocalSlot(Mode = SlotMode.PerWorker)]
        public sealed partial class Timing
        {
            private long _last;

            [WorkerUpdate]
            private void Observe(int bucket, long micros)
            {
                {|WEFT0006:Latency.Counts[bucket & 7]++|};
                {|WEFT0006:Latency.Counts[0] += micros|};
                _last = bucket;
            }
        }
        """);

    [Fact]
    public Task Interlocked_on_the_element_and_a_local_inline_array_are_quiet() => Verifier.AnalyzeAsync<StaticMutationAnalyzer>(Buckets + """
        [ThreadLocalSlot(Mode = SlotMode.PerWorker)]
        public sealed partial class Timing
        {
            private long _last;

            [WorkerUpdate]
            private void Observe(int bucket)
            {
                Interlocked.Increment(ref Latency.Counts[bucket & 7]);
                var local = new Buckets();
                local[bucket & 7]++;
                _last = local[bucket & 7];
            }
        }
        """);
}
