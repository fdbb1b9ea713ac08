// Round 2. An ArraySegment is a view over the published array, not a copy: writing through it writes the array.
using System;
using Weft.Slots;

namespace Corpus.Views.Round2.Segment;

public static class Upstreams
{
    public static void Publish(Slot<string[]> slot, string[] hosts)
    {
        slot.Publish(hosts);
        var head = new ArraySegment<string>(hosts, 0, 2);
        head[0] = "primary.internal"; // expect: WEFT0002
    }
}
