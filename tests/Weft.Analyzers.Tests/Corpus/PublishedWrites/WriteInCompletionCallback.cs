// Decision: the completion runs on main after every worker switched to the list, so a write there races the
// readers as any write after the publish does (WEFT0002). The WEFT0008 page's "completion callbacks stay quiet" is
// about captured state, not about the published object.
// The completion callback runs on main after every worker switched to the list: workers are reading it then.
using System.Collections.Generic;
using Weft.Slots;

namespace Corpus.PublishedWrites.Completion;

public static class Rollout
{
    public static void Start(Slot<List<string>> slot, List<string> canaries)
    {
        slot.Publish(canaries, () => canaries.Add("rolled-out")); // expect: WEFT0002
    }
}
