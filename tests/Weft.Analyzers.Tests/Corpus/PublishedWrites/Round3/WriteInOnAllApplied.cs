// Round 3. The completion callback of Publish runs on main after every thread switched to the list, and then writes it: workers are reading it by then.
using System.Collections.Generic;
using Weft.Slots;
using Weft;

namespace Corpus.PublishedWrites.Round3.WriteInOnAllApplied;

public static class Rollout
{
    public static void Ship(Slot<List<string>> slot, List<string> hosts) =>
        slot.Publish(hosts, () => hosts.Add("done")); // expect: WEFT0002 "hosts"
}
