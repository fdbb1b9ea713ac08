// Round 2. The background task sorts before the publish, which awaits it.
using System.Collections.Generic;
using System.Threading.Tasks;
using Weft.Slots;

namespace Corpus.PublishedWrites.Round2.TaskRunWrite;

public static class Sorter
{
    public static async Task PublishAsync(Slot<List<int>> slot, List<int> ports)
    {
        await Task.Run(() => ports.Sort());
        await slot.PublishAsync(ports);
    }
}
