// Double buffering by tuple swap: the publisher fills its back buffer, publishes it and swaps the two fields. From the
// second call on, the back buffer is the list an earlier call published, so clearing and refilling it rewrites what
// workers are reading. WEFT0002 "Published fields": a field that ever held a published object is published state,
// and writes above the publish in the publishing method are reported too (the previous call published that object).
using System.Collections.Generic;
using System.Threading.Tasks;
using Weft;
using Weft.Slots;

namespace Corpus.Round4.DoubleBufferSwap;

public sealed class BlockedHostsPublisher
{
    private readonly Slot<List<string>> _slot;
    private List<string> _front = new();
    private List<string> _back = new();

    public BlockedHostsPublisher(WorkerPool pool) => _slot = pool.AllocateSlot<List<string>>();

    public int Published => _front.Count;

    public async Task ReplaceAsync(IEnumerable<string> hosts)
    {
        _back.Clear(); // expect: WEFT0002
        _back.AddRange(hosts); // expect: WEFT0002
        await _slot.PublishAsync(_back);
        (_front, _back) = (_back, _front);
    }
}
