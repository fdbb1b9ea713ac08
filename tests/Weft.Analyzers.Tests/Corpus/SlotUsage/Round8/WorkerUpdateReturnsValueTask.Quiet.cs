// Twin: void updates.
using System.Collections.Generic;
using Weft;

namespace Corpus.SlotUsage.R8.WorkerUpdateReturnsValueTaskQuiet;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class DnsCache
{
    private readonly Dictionary<string, string> _names = new();

    [WorkerUpdate] public void Flush() => _names.Clear();

    [WorkerUpdate] public void Forget(string host) => _names.Remove(host);
}
