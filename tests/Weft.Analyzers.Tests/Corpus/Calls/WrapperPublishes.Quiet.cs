// The wrapper publishes; the caller cleans the list up before handing it over.
using System.Collections.Generic;
using System.Threading.Tasks;
using Weft;
using Weft.Slots;

namespace Corpus.Calls.Wrapper;

public sealed class UpstreamDirectory(WorkerPool pool)
{
    private readonly Slot<List<string>> _slot = pool.AllocateSlot<List<string>>();

    private Task ShareAsync(List<string> upstreams) => _slot.PublishAsync(upstreams);

    public async Task ReloadAsync(IEnumerable<string> upstreams)
    {
        var list = new List<string>(upstreams);
        list.RemoveAll(u => u.Length == 0);
        await ShareAsync(list);
    }
}
