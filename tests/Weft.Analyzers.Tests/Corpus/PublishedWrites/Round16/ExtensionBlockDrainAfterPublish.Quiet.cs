// A C# 14 extension block whose member clears the receiver's list: the coordinator clears the set it is still
// building, before the publish, and only reads it (an extension property) afterwards (quiet twin of
// ExtensionBlockDrainAfterPublish).
using System.Collections.Generic;
using System.Threading.Tasks;
using Weft.Slots;

namespace Corpus.PublishedWrites.R16.ExtensionBlockDrainAfterPublish;

public sealed class DrainSet
{
    public List<string> Draining { get; } = new();
}

public static class DrainSetExtensions
{
    extension(DrainSet set)
    {
        public void ForgetAll() => set.Draining.Clear();
        public int Count => set.Draining.Count;
    }
}

public sealed class DrainCoordinator(Slot<DrainSet> slot)
{
    public async Task<int> PublishAsync(IEnumerable<string> hosts)
    {
        var set = new DrainSet();
        set.ForgetAll();
        set.Draining.AddRange(hosts);
        await slot.PublishAsync(set);
        int published = set.Count;
        return published;
    }
}
