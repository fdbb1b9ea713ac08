using System.Threading.Tasks;

namespace Weft.Analyzers.Tests;

/// <summary>
/// A read-modify-write of a static's shared object or of a static property with its own accessors, from worker code
/// (docs/rules/WEFT0006.md: `s_n++` on shared state is not atomic): `s_box.Value++`, `s_totals.Bytes += n`,
/// `ProcessTotals.Bytes += n`. A plain store and an Interlocked update stay quiet. Fails on the engine before this rule.
/// </summary>
public sealed class StaticMemberUpdateTests
{
    [Fact]
    public Task Read_modify_writes_of_a_statics_members_and_of_static_properties_are_reported() => Verifier.AnalyzeAsync<StaticMutationAnalyzer>("""
        using System.Runtime.CompilerServices;
        using System.Threading;
        using Weft;
        namespace App;

        public static class ProcessTotals
        {
            private static long s_bytes;

            public static long Bytes
            {
                get => Interlocked.Read(ref s_bytes);
                set => Interlocked.Exchange(ref s_bytes, value);
            }
        }

        public sealed class Totals
        {
            public long Bytes;
        }

        [ThreadLocalSlot(Mode = SlotMode.PerWorker)]
        public sealed partial class RequestStats
        {
            private static readonly StrongBox<int> s_evictions = new();
            private static readonly Totals s_totals = new();
            private long _bytes;

            [WorkerUpdate]
            private void Record(int bytes)
            {
                _bytes += bytes;
                {|WEFT0006:s_evictions.Value++|};
                {|WEFT0006:s_totals.Bytes += bytes|};
                {|WEFT0006:ProcessTotals.Bytes += bytes|};
                ProcessTotals.Bytes = bytes;
                Interlocked.Add(ref s_totals.Bytes, bytes);
            }
        }
        """);
}
