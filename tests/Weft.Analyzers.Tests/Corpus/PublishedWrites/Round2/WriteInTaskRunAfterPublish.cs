// Round 2. After the publish a background task sorts the list in place.
using System.Collections.Generic;
using System.Threading.Tasks;
using Weft.Slots;

namespace Corpus.PublishedWrites.Round2.TaskRunWrite;

public static class Sorter
{
    public static async Task PublishAsync(Slot<List<int>> slot, List<int> ports)
    {
        await slot.PublishAsync(ports);
        _ = Task.Run(() => ports.Sort()); // expect: WEFT0002
    }
}
