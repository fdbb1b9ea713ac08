// The list is complete before the publish starts; other work overlaps the await instead.
using System.Collections.Generic;
using System.Threading.Tasks;
using Weft.Slots;

namespace Corpus.Flow.StartedPublish;

public static class Rollout
{
    public static async Task<int> RunAsync(Slot<List<string>> slot, List<string> hosts)
    {
        hosts.Add("canary");
        Task published = slot.PublishAsync(hosts);
        var report = new List<string> { "published " + hosts.Count };
        await published;
        return report.Count;
    }
}
