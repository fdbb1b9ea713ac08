// Round 3. The completion callback only logs.
using System.Collections.Generic;
using Weft.Slots;
using Weft;

namespace Corpus.PublishedWrites.Round3.WriteInOnAllApplied;

public static class Rollout
{
    public static void Ship(Slot<List<string>> slot, List<string> hosts) =>
        slot.Publish(hosts, () => System.Console.WriteLine(hosts.Count));
}
