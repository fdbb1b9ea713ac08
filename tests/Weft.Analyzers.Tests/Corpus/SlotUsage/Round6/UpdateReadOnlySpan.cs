// WEFT0108: a `ReadOnlySpan<char>` parameter (a ref struct, like the page's `Span<T>`).
using System;
using Weft;

namespace Corpus6a.UpdateReadOnlySpan;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class HostFilter
{
    private string _last = "";

    [WorkerUpdate] public void Block(ReadOnlySpan<char> host) => _last = host.ToString(); // expect: WEFT0108 "Block"
}
