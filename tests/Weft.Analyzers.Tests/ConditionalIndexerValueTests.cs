using System.Threading.Tasks;

namespace Weft.Analyzers.Tests;

/// <summary>
/// <c>s_byCode[code] = ok ? n + 1 : 1</c> on a static dictionary from worker code is the same element write as with a
/// plain value (WEFT0006). Was missed (corpus round 17): before a conditional value the compiler captures the indexer
/// location, and the rule read the assignment's target, a capture, as no element write. Quiet under a lock and on a
/// concurrent dictionary.
/// </summary>
public sealed class ConditionalIndexerValueTests
{
    [Fact]
    public Task An_indexer_set_with_a_conditional_value_is_reported_like_a_plain_one() => Verifier.AnalyzeAsync<WeftFlowAnalyzer>("""
        using System.Collections.Concurrent;
        using System.Collections.Generic;
        using Weft;
        namespace App;

        [ThreadLocalSlot(Mode = SlotMode.PerWorker)]
        public sealed partial class ErrorLog
        {
            private static readonly Dictionary<string, int> s_byCode = new();
            private static readonly ConcurrentDictionary<string, int> s_safe = new();
            private static readonly int[] s_slots = new int[8];
            private static readonly object s_gate = new();

            [WorkerUpdate]
            public void Count(string code)
            {
                {|WEFT0006:s_byCode[code] = s_byCode.TryGetValue(code, out int n) ? n + 1 : 1|};
                {|WEFT0006:s_byCode[code] = code.Length > 3 ? 2 : 1|};
                {|WEFT0006:s_slots[code.Length & 7] = code.Length > 3 ? 2 : 1|};
                s_safe[code] = code.Length > 3 ? 2 : 1;
                lock (s_gate)
                {
                    s_byCode[code] = code.Length > 3 ? 2 : 1;
                }
            }
        }
        """);
}
