// Round 2. After the publish the local is replaced by a fresh list on one branch only; on the other branch the Add
// still reaches the published list.
using System.Collections.Generic;
using System.Threading.Tasks;
using Weft.Slots;

namespace Corpus.Flow.Round2.Reassign;

public static class Staging
{
    public static async Task<List<string>> CycleAsync(Slot<List<string>> slot, List<string> staged, bool reset)
    {
        await slot.PublishAsync(staged);
        if (reset)
        {
            staged = new List<string>();
        }

        staged.Add("next"); // expect: WEFT0002
        return staged;
    }
}
