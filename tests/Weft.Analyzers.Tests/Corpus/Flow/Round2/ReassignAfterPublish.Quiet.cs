// Round 2. After the publish the local is always replaced by a fresh list: the Add writes the new one.
using System.Collections.Generic;
using System.Threading.Tasks;
using Weft.Slots;

namespace Corpus.Flow.Round2.Reassign;

public static class Staging
{
    public static async Task<List<string>> CycleAsync(Slot<List<string>> slot, List<string> staged, bool reset)
    {
        await slot.PublishAsync(staged);
        staged = reset ? new List<string>() : new List<string>(staged);
        staged.Add("next");
        return staged;
    }
}
