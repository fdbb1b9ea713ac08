// Quiet twin of UpdateReadOnlySpan: `ReadOnlyMemory<char>` travels as a stored value.
using System;
using Weft;

namespace Corpus6a.UpdateReadOnlySpan;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class HostFilter
{
    private string _last = "";

    [WorkerUpdate] public void Block(ReadOnlyMemory<char> host) => _last = host.ToString();
}
