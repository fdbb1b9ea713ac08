using System.Collections.Generic;
using System.Threading.Tasks;
using Weft.Slots;

namespace Corpus.PublishedWrites.R16.ClassicExtensionAfterPublish;

public sealed class UpstreamPublisher(Slot<UpstreamSet> slot)
{
    public async Task ApplyAsync(int version, IEnumerable<string> discovered)
    {
        var set = new UpstreamSet { Version = version };
        set.Hosts.AddRange(discovered);
        set.EnsureFallback("fallback.internal:443");
        await slot.PublishAsync(set);
    }
}
