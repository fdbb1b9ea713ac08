// Round 2. A range on an array (`hosts[0..2]`) copies into a new array; writing the copy leaves the published array.
using Weft.Slots;

namespace Corpus.Views.Round2.Segment;

public static class Upstreams
{
    public static string[] Publish(Slot<string[]> slot, string[] hosts)
    {
        slot.Publish(hosts);
        string[] head = hosts[0..2];
        head[0] = "primary.internal";
        return head;
    }
}
