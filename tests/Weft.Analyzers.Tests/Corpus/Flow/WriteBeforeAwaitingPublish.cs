// The publish is started, the list is written, and only then is the publish awaited: workers may read it already.
using System.Collections.Generic;
using System.Threading.Tasks;
using Weft.Slots;

namespace Corpus.Flow.StartedPublish;

public static class Rollout
{
    public static async Task RunAsync(Slot<List<string>> slot, List<string> hosts)
    {
        Task published = slot.PublishAsync(hosts);
        hosts.Add("canary"); // expect: WEFT0002
        await published;
    }
}
