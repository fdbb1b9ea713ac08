using System.Threading.Tasks;

namespace Weft.Analyzers.Tests;

/// <summary>
/// <c>CollectionsMarshal.GetValueRefOrAddDefault(s_map, k, out _)++</c> is one defect, reported once: the call adds the
/// key to the static dictionary (WEFT0006 on the call), and the increment through its ref, inline or through a ref local
/// bound to it, is that same change. Was reported twice, once as the call and once as the increment (corpus round 17). A ref accessor that changes nothing
/// (<c>GetValueRefOrNullRef</c>) leaves the increment as the report.
/// </summary>
public sealed class RefIntoStaticCollectionTests
{
    [Fact]
    public Task An_increment_through_a_ref_the_call_adds_is_reported_once_at_the_call() => Verifier.AnalyzeAsync<WeftFlowAnalyzer>("""
        using System.Collections.Generic;
        using System.Runtime.InteropServices;
        using Weft;
        namespace App;

        [ThreadLocalSlot(Mode = SlotMode.PerWorker)]
        public sealed partial class Hits
        {
            private static readonly Dictionary<string, int> s_map = new();
            private static readonly object s_gate = new();

            [WorkerUpdate]
            public void Direct(string k)
            {
                {|WEFT0006:CollectionsMarshal.GetValueRefOrAddDefault(s_map, k, out _)|}++;
            }

            [WorkerUpdate]
            public void ThroughALocal(string k)
            {
                var map = s_map;
                {|WEFT0006:CollectionsMarshal.GetValueRefOrAddDefault(map, k, out _)|} += 2;
            }

            [WorkerUpdate]
            public void TwoStatements(string k)
            {
                ref int count = ref {|WEFT0006:CollectionsMarshal.GetValueRefOrAddDefault(s_map, k, out _)|};
                count++;
                count += 2;
            }

            [WorkerUpdate]
            public void ExistingOnly(string k)
            {
                {|WEFT0006:CollectionsMarshal.GetValueRefOrNullRef(s_map, k)++|};
            }

            [WorkerUpdate]
            public void Locked(string k)
            {
                lock (s_gate)
                {
                    CollectionsMarshal.GetValueRefOrAddDefault(s_map, k, out _)++;
                }
            }
        }
        """);
}
