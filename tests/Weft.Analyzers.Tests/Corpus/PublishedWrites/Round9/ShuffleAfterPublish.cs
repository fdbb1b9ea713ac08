// WEFT0002: "Random.Shuffle of an array" is a write. A published probe order is shuffled in place afterwards; the
// quiet twin shuffles before publishing.
using System;
using Weft.Slots;

namespace Corpus.PublishedWrites.R9.ShuffleAfterPublish;

public static class ProbeOrder
{
    public static void Publish(Slot<string[]> slot, string[] upstreams)
    {
        string[] order = (string[])upstreams.Clone();
        slot.Publish(order);
        Random.Shared.Shuffle(order); // expect: WEFT0002
    }
}
