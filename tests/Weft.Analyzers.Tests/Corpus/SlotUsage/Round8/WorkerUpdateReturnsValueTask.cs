// WEFT0107: [WorkerUpdate] methods returning ValueTask and bool.
using System.Collections.Generic;
using System.Threading.Tasks;
using Weft;

namespace Corpus.SlotUsage.R8.WorkerUpdateReturnsValueTask;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class DnsCache
{
    private readonly Dictionary<string, string> _names = new();

    [WorkerUpdate] public ValueTask Flush() { _names.Clear(); return ValueTask.CompletedTask; } // expect: WEFT0107

    [WorkerUpdate] public bool Forget(string host) => _names.Remove(host); // expect: WEFT0107
}
